import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve as resolvePath, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Gzip budgets for the CDN bundles, in bytes: what a page loads up front today plus under 1%
 * (the files fetched on first need, dist/cdn/locales/ and dist/cdn/chunks/, are not counted).
 * The build fails when a bundle grows past its budget; raise a budget only by what a new
 * feature costs, and say so in the commit. The goal is 24 KB for every element, which the
 * bundle does not meet yet (bench/RESULTS.md breaks the size down by module).
 */
const BUDGETS = {
  'reading-elements.js': 34_850,
  'reading-elements-auto.js': 40_500,
  'reading-elements-hydrate.js': 43_850,
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });

/** Every public entry: src/index.ts, src/<tag>.ts, src/enhance.ts, src/elements.ts. */
const entries = readdirSync('src')
  .filter((file) => file.endsWith('.ts') && file !== 'auto.ts')
  .map((file) => `src/${file}`);

/** Concatenates each element's `<tag>.pre-upgrade.css` into dist/reading-elements.css. */
function preUpgradeCss() {
  return {
    name: 'pre-upgrade-css',
    generateBundle() {
      const files = readdirSync('src', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `src/${entry.name}/${entry.name}.pre-upgrade.css`)
        .filter((file) => existsSync(file))
        .sort();
      const header =
        '/* reading-elements: optional rules that keep pages steady before the elements upgrade.\n' +
        "   Rules on the elements themselves are wrapped in :where(), so a page's own rules win.\n" +
        '   Server-rendered elements ([server-rendered]) already show their final rendering: no rule applies to them. */\n';
      const source = header + files.map((file) => readFileSync(file, 'utf8').trim()).join('\n');
      this.emitFile({ type: 'asset', fileName: 'reading-elements.css', source: `${source}\n` });
    },
  };
}

/** Every element's string table, read from its `<tag>.strings.ts` (they import types only). */
const stringFiles = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => resolvePath(`src/${entry.name}/${entry.name}.strings.ts`))
  .filter((file) => existsSync(file));
const tables = new Map();
for (const file of stringFiles) tables.set(file, (await tsImport(file, import.meta.url)).strings);
const { SHIPPED_LANGUAGES } = await tsImport('./src/internal/locale.ts', import.meta.url);
const LAZY_LANGUAGES = SHIPPED_LANGUAGES.filter((lang) => lang !== 'en');

/**
 * The CDN bundle carries English only; every other language is one file beside it
 * (`locales/<lang>.js`, every element's strings for that language), fetched on first need.
 * Each `<tag>.strings.js` import becomes its English table, and the entry sets the loader
 * before any element upgrades and starts fetching the page's language at once.
 */
function lazyLocales(entry) {
  const STRINGS = '\0strings:';
  const LOCALE = '\0locale:';
  const ENTRY = '\0cdn-entry';
  return {
    name: 'lazy-locales',
    buildStart() {
      for (const lang of LAZY_LANGUAGES)
        this.emitFile({ type: 'chunk', id: `${LOCALE}${lang}`, fileName: `locales/${lang}.js` });
    },
    resolveId(source, importer) {
      if (source === ENTRY) return ENTRY;
      if (source.startsWith(LOCALE)) return source;
      if (importer && /\.strings\.js$/.test(source)) {
        const file = resolvePath(dirname(importer.replace(STRINGS, '')), source.replace(/\.js$/, '.ts'));
        if (tables.has(file)) return `${STRINGS}${file}`;
      }
      return null;
    },
    load(id) {
      if (id === ENTRY)
        return [
          `import { localeReady, setLocaleLoader } from ${JSON.stringify(resolvePath('src/internal/locale.ts'))};`,
          `const lazy = new Set(${JSON.stringify(LAZY_LANGUAGES)});`,
          `setLocaleLoader((lang) => lazy.has(lang) ? import(new URL(\`./locales/\${lang}.js\`, import.meta.url).href).then((m) => m.default) : undefined);`,
          `if (typeof document !== 'undefined' && document.documentElement.lang) localeReady(document.documentElement.lang);`,
          `export * from ${JSON.stringify(resolvePath(entry))};`,
        ].join('\n');
      if (id.startsWith(STRINGS)) {
        const table = tables.get(id.slice(STRINGS.length));
        return `export const strings = ${JSON.stringify({ en: table.en })};`;
      }
      if (id.startsWith(LOCALE)) {
        const lang = id.slice(LOCALE.length);
        const merged = Object.assign({}, ...[...tables.values()].map((table) => table[lang] ?? {}));
        return `export default ${JSON.stringify(merged)};`;
      }
      return null;
    },
  };
}

/**
 * Every CDN bundle registers its elements one per task (`takeTurns()` in
 * src/internal/schedule.ts). Its entry is `input` behind a module that calls it, imported first
 * so that it runs before any element's module registers its element.
 */
function turnsFirst(input) {
  const ENTRY = '\0turns-first';
  const TURNS = '\0take-turns';
  const schedule = JSON.stringify(resolvePath('src/internal/schedule.ts'));
  return {
    name: 'turns-first',
    resolveId: (source) => (source === ENTRY || source === TURNS ? source : null),
    load(id) {
      if (id === TURNS) return `import { takeTurns } from ${schedule};\ntakeTurns();`;
      if (id === ENTRY) return `import ${JSON.stringify(TURNS)};\nexport * from ${JSON.stringify(input)};`;
      return null;
    },
  };
}

/**
 * Parts few readers use, which the CDN bundle fetches from beside itself on first need: each
 * module here is replaced by its stand-in (same interface), which imports the real one when
 * first used. npm modules import the real ones directly.
 */
const STAND_INS = new Map(
  [
    ['src/share-buttons/mastodon-dialog.ts', 'src/share-buttons/mastodon-dialog.lazy.ts'],
    ['src/photo-credit/zoom-dialog.ts', 'src/photo-credit/zoom-dialog.lazy.ts'],
  ].map(([real, standIn]) => [resolvePath(real), resolvePath(standIn)]),
);

/**
 * A stand-in may import `./<module>.url.js` instead of the module itself: `url` is then the
 * address of the module's chunk beside the bundle, which the stand-in imports itself (and can
 * ask for again under another address after a failed fetch, which browsers remember).
 */
const CHUNK_URL = '\0chunk-url:';

/**
 * Modules that npm users load on first need but that every CDN bundle holds anyway: each is
 * replaced by its twin (same interface), which hands over what the bundle already has, with no
 * file of its own.
 */
const BUNDLED_TWINS = new Map(
  [['src/reading-progress/text-analysis.ts', 'src/reading-progress/text-analysis.bundled.ts']].map(
    ([real, twin]) => [resolvePath(real), resolvePath(twin)],
  ),
);

/** Resolves the relative import `source` of `importer` to its replacement, if `replacements` has one. */
function replacement(replacements, source, importer) {
  if (!importer || !source.startsWith('.')) return null;
  const target = replacements.get(resolvePath(dirname(importer), source.replace(/\.js$/, '.ts')));
  return target && target !== importer ? target : null;
}

function bundledTwins() {
  return {
    name: 'bundled-twins',
    resolveId: (source, importer) => replacement(BUNDLED_TWINS, source, importer),
  };
}

function standIns() {
  return {
    name: 'stand-ins',
    resolveId(source, importer) {
      if (importer && source.startsWith('.') && source.endsWith('.url.js')) {
        const path = resolvePath(dirname(importer), source.replace(/\.url\.js$/, '.ts'));
        return STAND_INS.get(path) === importer ? `${CHUNK_URL}${path}` : null;
      }
      return replacement(STAND_INS, source, importer);
    },
    load(id) {
      if (!id.startsWith(CHUNK_URL)) return null;
      const real = id.slice(CHUNK_URL.length);
      // Loaded only after its stand-in: it imports lit and the rest from the bundle itself.
      const chunk = this.emitFile({
        type: 'chunk',
        id: real,
        implicitlyLoadedAfterOneOf: [STAND_INS.get(real)],
      });
      return `export const url = import.meta.ROLLUP_FILE_URL_${chunk};`;
    },
  };
}

/** The stand-ins (`*.lazy.ts`, their loader included) and twins belong to the CDN bundles only: npm users get no declarations for them. */
function noStandInTypes() {
  return {
    name: 'no-stand-in-types',
    generateBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle))
        if (/\.(lazy|bundled)\.d\.ts$/.test(fileName)) delete bundle[fileName];
    },
  };
}

/** Fails the build when a CDN bundle's gzip size exceeds its budget. */
function sizeBudget() {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        const budget = BUDGETS[fileName];
        if (output.type !== 'chunk' || budget === undefined) continue;
        const gzip = gzipSync(output.code, { level: 9 }).length;
        const line = `${fileName}: ${output.code.length} B minified, ${gzip} B gzip (budget ${budget} B)`;
        if (gzip > budget) this.error(`Size budget exceeded. ${line}`);
        console.log(line);
      }
    },
  };
}

/**
 * `templates: 'as-written'` keeps the html`` and css`` templates as the npm build has them: lit
 * hydrates server-rendered HTML only with the very templates the server rendered.
 * `onFirstNeed: false` keeps every language inside the bundle (the hydrating bundle:
 * a server-rendered page must hydrate with the strings it was rendered in, at once).
 */
const cdnBundle = (input, file, { templates = 'minified', onFirstNeed = true } = {}) => ({
  input: '\0turns-first',
  // The chunks fetched later import lit and the base class from the bundle itself: it may
  // export a few more (minified) names for them instead of moving everything into a chunk.
  preserveEntrySignatures: 'allow-extension',
  // One file the page loads, plus what it fetches from beside itself on first need.
  output: {
    dir: 'dist/cdn',
    entryFileNames: file,
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    turnsFirst(onFirstNeed ? '\0cdn-entry' : resolvePath(input)),
    ...(onFirstNeed ? [lazyLocales(input), standIns()] : []),
    bundledTwins(),
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/cdn', rootDir: 'src' }),
    // Strips the whitespace and comments inside html`` and css`` templates, which terser keeps.
    // Closing slashes stay: inside svg`` templates `<path/>` must not become `<path>`, or every
    // following shape is parsed as its child and not drawn.
    ...(templates === 'minified'
      ? [minifyHTMLLiterals({ options: { minifyOptions: { keepClosingSlash: true } } })]
      : []),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    sizeBudget(),
  ],
});

export default [
  {
    input: entries,
    // Dependencies stay imports for npm users, so their bundler dedupes them (lit, tslib) and the
    // Node entries' libraries (markdown-it, yaml, …) are installed, not copied; so do Node's own modules.
    external: (id) =>
      /^node:|^@lit(-labs)?\//.test(id) ||
      dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' }),
      preUpgradeCss(),
      noStandInTypes(),
    ],
  },
  cdnBundle('src/elements.ts', 'reading-elements.js'),
  cdnBundle('src/hydrate.ts', 'reading-elements-hydrate.js', { templates: 'as-written', onFirstNeed: false }),
  ...(existsSync('src/auto.ts') ? [cdnBundle('src/auto.ts', 'reading-elements-auto.js')] : []),
];
