// 1. Size: every measured thing is bundled the same way (rollup + node-resolve + terser, ES module,
// lit inlined where it is used) and measured minified, gzip (zlib level 9) and brotli (quality 11).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ROOT, TMP, TAGS, hasElement } from './util.mjs';

const OUT = join(TMP, 'size');
const ENTRIES = join(TMP, 'entries');
const WA = '@awesome.me/webawesome/dist/components';

/**
 * `reading-time` ships CommonJS only (`module.exports = readingTime`, no require() in the file we
 * use). Instead of adding @rollup/plugin-commonjs for one line, this turns that export into an ES
 * export; the code is otherwise untouched.
 */
function readingTimeCjs() {
  return {
    name: 'reading-time-cjs',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('reading-time/lib/reading-time.js')) return null;
      return {
        code: code.replace(/module\.exports\s*=\s*readingTime\s*;?/, 'export default readingTime;'),
        map: null,
      };
    },
  };
}

/**
 * The library's CDN build also minifies the insides of html`` and css`` templates (terser keeps
 * them); when that plugin is installed every bundle here gets it too, ours and the peers' alike.
 */
const minifyTemplates = await import('@lit-labs/rollup-plugin-minify-html-literals').then(
  (m) => m.default,
  () => null,
);
export const TEMPLATES_MINIFIED = Boolean(minifyTemplates);

/** The same terser settings as the library's own CDN bundle (rollup.config.mjs). */
const terserOptions = { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } };

export function sizes(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Bundles an entry module written from `source` and returns the minified code (also written to bench/.tmp/size/). */
export async function bundle(name, source, { minify = true } = {}) {
  mkdirSync(ENTRIES, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const entry = join(ENTRIES, `${name}.js`);
  writeFileSync(entry, source);
  const build = await rollup({
    input: entry,
    onwarn: (warning, warn) => {
      if (['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
      // A template it cannot parse (e.g. Web Awesome's static-html tags) is left as it is.
      if (warning.plugin === 'minify-html-literals') return;
      warn(warning);
    },
    plugins: [
      readingTimeCjs(),
      resolve({ browser: true, exportConditions: ['production'], rootDir: ROOT }),
      // keepClosingSlash: without it `<path …/>` loses its slash and, inside an svg`` template,
      // every following sibling is parsed as a child of the first path and is not drawn.
      ...(minify && minifyTemplates
        ? [minifyTemplates({ options: { minifyOptions: { keepClosingSlash: true } } })]
        : []),
      ...(minify ? [terser(terserOptions)] : []),
    ],
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const code = output[0].code;
  writeFileSync(join(OUT, `${name}.js`), code);
  // Rendered (tree-shaken, not yet minified) length of each module, to say where bytes come from.
  lastModules = Object.entries(output[0].modules).map(([id, m]) => [id, m.renderedLength]);
  return code;
}

let lastModules = [];

/** Our own modules in the last bundle (not lit, not the shared base), largest first, as "path (share)". */
function ownModules() {
  const total = lastModules.reduce((sum, [, length]) => sum + length, 0);
  return lastModules
    .filter(
      ([id]) =>
        id.includes(`${join(ROOT, 'dist')}`) &&
        !/internal[\\/](reading-element|tokens|warn|locale|article)\.js$/.test(id) &&
        !/dist[\\/][\w-]+\.js$/.test(id),
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(
      ([id, length]) =>
        `${id.slice(join(ROOT, 'dist').length + 1).replaceAll('\\', '/')} ${Math.round((100 * length) / total)} %`,
    );
}

const dist = (path) => JSON.stringify(join(ROOT, 'dist', path));

/** Inlines `@import url(...)` recursively and strips comments and redundant white space. */
function flattenCss(file) {
  const text = readFileSync(file, 'utf8').replace(/@import\s+url\(['"]?([^'")]+)['"]?\)\s*;/g, (_, rel) =>
    flattenCss(join(dirname(file), rel)),
  );
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .trim();
}

/** The peers, as an author would import them: the registration module of each component. */
export const PEERS = {
  'wa-callout': {
    short: 'wa-callout',
    label: 'Web Awesome `<wa-callout>`',
    source: `export { default } from '${WA}/callout/callout.js';`,
  },
  'wa-tag': {
    short: 'wa-tag',
    label: 'Web Awesome `<wa-tag>`',
    source: `export { default } from '${WA}/tag/tag.js';`,
  },
  'wa-progress-bar': {
    short: 'wa-progress-bar',
    label: 'Web Awesome `<wa-progress-bar>`',
    source: `export { default } from '${WA}/progress-bar/progress-bar.js';`,
  },
  'wa-format-date': {
    short: 'wa-format-date',
    label: 'Web Awesome `<wa-format-date>`',
    source: `export { default } from '${WA}/format-date/format-date.js';`,
  },
  'wa-copy-button': {
    short: 'wa-copy-button',
    label: 'Web Awesome `<wa-copy-button>`',
    source: `export { default } from '${WA}/copy-button/copy-button.js';`,
  },
  'md-linear-progress': {
    short: 'md-linear-progress',
    label: 'Material Web `<md-linear-progress>`',
    source: `export * from '@material/web/progress/linear-progress.js';`,
  },
  'md-chips': {
    short: 'md-chip-set + md-assist-chip',
    label: 'Material Web `<md-chip-set>` + `<md-assist-chip>`',
    source: `export * from '@material/web/chips/chip-set.js';\nexport * from '@material/web/chips/assist-chip.js';`,
  },
  tocbot: { short: 'tocbot', label: 'tocbot (JS)', source: `export * from 'tocbot';` },
  'medium-zoom': {
    short: 'medium-zoom',
    label: 'medium-zoom',
    source: `export { default } from 'medium-zoom';`,
  },
  'reading-time': {
    short: 'reading-time pkg',
    label: '`reading-time` package',
    source: `export { default } from 'reading-time/lib/reading-time.js';`,
  },
  'wa-stack': {
    short: 'Web Awesome stack',
    label:
      'Web Awesome stack: callout, tag, progress bar, format-date, copy button + tocbot + medium-zoom + reading-time',
    source: ['callout', 'tag', 'progress-bar', 'format-date', 'copy-button']
      .map(
        (c) =>
          `export { default as ${c.replace(/-(\w)/g, (_, l) => l.toUpperCase())} } from '${WA}/${c}/${c}.js';`,
      )
      .concat([
        "export * as tocbot from 'tocbot';",
        "export { default as mediumZoom } from 'medium-zoom';",
        "export { default as readingTime } from 'reading-time/lib/reading-time.js';",
      ])
      .join('\n'),
  },
  'md-stack': {
    short: 'Material stack',
    label: 'Material Web stack: linear progress, chips + tocbot + medium-zoom + reading-time',
    source: [
      "export * from '@material/web/progress/linear-progress.js';",
      "export * from '@material/web/chips/chip-set.js';",
      "export * from '@material/web/chips/assist-chip.js';",
      "export * as tocbot from 'tocbot';",
      "export { default as mediumZoom } from 'medium-zoom';",
      "export { default as readingTime } from 'reading-time/lib/reading-time.js';",
    ].join('\n'),
  },
};

/** Stylesheets a peer needs on the page (measured apart from the JS). */
const PEER_CSS = {
  'wa-theme': {
    label: 'Web Awesome theme CSS (themes/default.css with its layers and default palette)',
    file: 'node_modules/@awesome.me/webawesome/dist/styles/themes/default.css',
  },
  'tocbot-css': { label: 'tocbot CSS (dist/tocbot.css)', file: 'node_modules/tocbot/dist/tocbot.css' },
};

/** Which peer each of our entries is compared with, and which stylesheet the peer needs. */
export const PAIRS = [
  { ours: 'reading-elements', peer: 'wa-stack', css: 'wa-theme' },
  { ours: 'all-elements', peer: 'wa-stack', css: 'wa-theme' },
  { ours: 'md-subset', peer: 'md-stack' },
  { ours: 'reading-progress', peer: 'wa-progress-bar', css: 'wa-theme' },
  { ours: 'reading-progress', peer: 'md-linear-progress' },
  { ours: 'pro-tip', peer: 'wa-callout', css: 'wa-theme' },
  { ours: 'category-chips', peer: 'wa-tag', css: 'wa-theme' },
  { ours: 'category-chips', peer: 'md-chips' },
  { ours: 'photo-credit', peer: 'medium-zoom' },
  { ours: 'reading-time', peer: 'reading-time' },
  { ours: 'post-meta', peer: 'wa-format-date', css: 'wa-theme' },
  { ours: 'table-of-contents', peer: 'tocbot', css: 'tocbot-css' },
  { ours: 'share-buttons', peer: 'wa-copy-button', css: 'wa-theme' },
];

export async function measureSizes(log) {
  const ours = {};
  const skipped = [];
  const cdn = join(ROOT, 'dist', 'cdn', 'reading-elements.js');
  ours['reading-elements'] = {
    short: 'CDN bundle',
    label: '`dist/cdn/reading-elements.js` (every element, as built)',
    ...sizes(readFileSync(cdn)),
  };
  ours.base = {
    label: 'lit + the shared base class (`internal/reading-element.js`), what every entry starts from',
    ...sizes(await bundle('base', `export { ReadingElement } from ${dist('internal/reading-element.js')};`)),
  };
  for (const tag of TAGS) {
    if (!hasElement(tag)) {
      skipped.push(tag);
      continue;
    }
    ours[tag] = {
      label: `\`${tag}\` entry (\`dist/${tag}.js\`, lit inlined)`,
      ...sizes(await bundle(tag, `export * from ${dist(`${tag}.js`)};`)),
      modules: ownModules(),
    };
  }
  // Groups matching what the peer stacks cover: every element (the Web Awesome stack covers each
  // one, enhance() aside), and the five functions the Material stack covers.
  const present = TAGS.filter((tag) => ours[tag]);
  const group = async (name, tags, what) => {
    if (!tags.length) return;
    const code = await bundle(name, tags.map((tag) => `export * from ${dist(`${tag}.js`)};`).join('\n'));
    ours[name] = {
      short: what,
      label: `${what}: ${tags.map((t) => `\`${t}\``).join(', ')} in one bundle`,
      ...sizes(code),
    };
  };
  await group('all-elements', present, `all ${present.length} elements`);
  await group(
    'md-subset',
    present.filter((t) =>
      ['reading-progress', 'category-chips', 'table-of-contents', 'photo-credit', 'reading-time'].includes(t),
    ),
    'the same five functions',
  );
  if (existsSync(join(ROOT, 'dist', 'cdn', 'reading-elements-auto.js'))) {
    ours['reading-elements-auto'] = {
      label: '`dist/cdn/reading-elements-auto.js` (every element + `enhance()`, as built)',
      ...sizes(readFileSync(join(ROOT, 'dist', 'cdn', 'reading-elements-auto.js'))),
    };
  }
  if (existsSync(join(ROOT, 'dist', 'enhance.js'))) {
    ours.enhance = {
      label: '`enhance` entry (`dist/enhance.js`, lit inlined)',
      ...sizes(await bundle('enhance', `export * from ${dist('enhance.js')};`)),
    };
  } else skipped.push('enhance');
  log(`size: ours measured (${Object.keys(ours).length}), skipped: ${skipped.join(', ') || 'none'}`);

  // What the CDN bundle fetches from beside itself on first need (never up front).
  const lazy = [];
  for (const dir of ['locales', 'chunks']) {
    const path = join(ROOT, 'dist', 'cdn', dir);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path).sort())
      lazy.push({ file: `dist/cdn/${dir}/${file}`, ...sizes(readFileSync(join(path, file))) });
  }

  // Peer bundles depend only on node_modules: reuse them while package-lock.json and the entry are unchanged.
  const cacheFile = join(TMP, 'size-cache.json');
  const lock = createHash('sha256')
    .update(readFileSync(join(ROOT, 'package-lock.json')))
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex');
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const fresh = cache.lock === lock ? cache : { lock, peers: {} };
  const peers = {};
  let reused = 0;
  for (const [name, { label, source }] of Object.entries(PEERS)) {
    if (fresh.peers[name] && existsSync(join(OUT, `${name}.js`))) {
      peers[name] = { label, ...fresh.peers[name] };
      reused++;
      continue;
    }
    peers[name] = { label, ...sizes(await bundle(name, source)) };
    fresh.peers[name] = { min: peers[name].min, gzip: peers[name].gzip, brotli: peers[name].brotli };
  }
  writeFileSync(cacheFile, JSON.stringify(fresh));
  for (const [name, { label, file }] of Object.entries(PEER_CSS)) {
    peers[name] = { label, css: true, ...sizes(flattenCss(join(ROOT, file))) };
  }
  log(
    `size: peers measured (${Object.keys(peers).length}${reused ? `, ${reused} bundles reused from bench/.tmp (same package-lock.json)` : ''})`,
  );

  const pairs = PAIRS.filter((pair) => ours[pair.ours]).map((pair) => {
    const us = ours[pair.ours];
    const them = peers[pair.peer];
    const css = pair.css ? peers[pair.css] : undefined;
    const ratio = (key) => us[key] / them[key];
    return {
      ...pair,
      ratio: { min: ratio('min'), gzip: ratio('gzip'), brotli: ratio('brotli') },
      ratioWithCss: css ? us.gzip / (them.gzip + css.gzip) : undefined,
      ownGzip: TAGS.includes(pair.ours) ? us.gzip - ours.base.gzip : undefined,
    };
  });
  const budget =
    Number(
      /'reading-elements\.js':\s*([\d_]+)/
        .exec(readFileSync(join(ROOT, 'rollup.config.mjs'), 'utf8'))?.[1]
        ?.replaceAll('_', ''),
    ) || undefined;
  return { ours, peers, pairs, skipped, budget, lazy, templatesMinified: TEMPLATES_MINIFIED };
}
