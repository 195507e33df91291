// 6. Lighthouse (pinned 12.2.3, its default mobile profile: simulated 4× CPU slowdown and a slow
// 4G network): the demo article and its zero-markup version against the same article built with
// the peer stack (Web Awesome callout and tag, tocbot, medium-zoom, reading-time). Runs are
// interleaved so that a busy machine slows every page alike; figures are medians.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { CHROMIUM, ROOT, TMP, summarize } from './util.mjs';
import { bundle } from './size.mjs';

const PAGES = join(TMP, 'pages');
const WA = '@awesome.me/webawesome/dist/components';
const VARIANTS = {
  tip: 'success',
  insight: 'brand',
  note: 'neutral',
  warning: 'warning',
  takeaways: 'brand',
};

/** The peer page's script: registers the two Web Awesome components and wires the three libraries. */
const PEER_SCRIPT = `
import '${WA}/callout/callout.js';
import '${WA}/tag/tag.js';
import * as tocbot from 'tocbot';
import mediumZoom from 'medium-zoom';
import readingTime from 'reading-time/lib/reading-time.js';

const article = document.getElementById('post');
tocbot.init({ tocSelector: '.js-toc', contentSelector: '#post', headingSelector: 'h2, h3', hasInnerContainers: true });
mediumZoom('figure img', { margin: 24 });
const time = document.querySelector('.js-reading-time');
if (time) time.textContent = readingTime(article.textContent).text;
const date = document.querySelector('.js-published');
if (date) date.textContent = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' }).format(new Date(date.dateTime));
`;

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const attrJson = (tag, name) => new RegExp(`\\b${name}='([^']*)'`).exec(tag)?.[1];

/** `[text](url)` credits and the author/source attributes, as a plain caption. */
function credit(open) {
  const line = attr(open, 'credit');
  if (line) return line.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
  const author = attr(open, 'author');
  const href = attr(open, 'author-href');
  const source = attr(open, 'source');
  return `Photo by ${href ? `<a href="${href}">${author}</a>` : author}${source ? ` on ${source}` : ''}`;
}

/** demo/index.html with each of our elements replaced by what the peer stack offers for it. */
export function peerArticle() {
  let html = readFileSync(join(ROOT, 'demo', 'index.html'), 'utf8');
  html = html
    .replace(/<link rel="stylesheet" href="\.\.\/dist\/reading-elements\.css" \/>\n/, '')
    .replace(
      /<script type="module" src="\.\.\/dist\/cdn\/reading-elements\.js"><\/script>/,
      '<link rel="stylesheet" href="/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css" />\n' +
        '    <link rel="stylesheet" href="/node_modules/tocbot/dist/tocbot.css" />\n' +
        '    <script type="module" src="/bench/.tmp/size/lh-peer.js"></script>',
    )
    .replace(/href="demo\.css"/, 'href="/demo/demo.css"')
    .replace(/src="images\//g, 'src="/demo/images/')
    .replace(/href="\.\/(\w+)\.html"/g, 'href="/demo/$1.html"')
    // The peer stack has no progress bar of its own.
    .replace(/<reading-progress[^>]*><\/reading-progress>\n/, '')
    .replace(
      /<table-of-contents class="toc-side"[^>]*><\/table-of-contents>/,
      '<nav class="toc toc-side js-toc" aria-label="Contents"></nav>',
    )
    .replace(/<table-of-contents class="toc-top"[^>]*><\/table-of-contents>\n/, '')
    .replace(/<post-meta([\s\S]*?)>([\s\S]*?)<\/post-meta>/, (_, open, inner) => {
      const published = attr(open, 'published');
      const chips = /<category-chips([\s\S]*?)><\/category-chips>/.exec(inner);
      const categories = chips ? JSON.parse(attrJson(chips[1], 'categories') ?? '[]') : [];
      const tags = categories
        .map(
          (c) =>
            `<wa-tag role="listitem"><a href="/category/${c.name.toLowerCase().replace(/\s+/g, '-')}">${c.name}</a></wa-tag>`,
        )
        .join(' ');
      return `<p class="byline"><time class="js-published" datetime="${published}"></time> · ${attr(open, 'author')} · <span class="js-reading-time"></span></p>
            <div role="list" aria-label="Categories" style="display:flex;flex-wrap:wrap;gap:.4rem">${tags}</div>`;
    })
    .replace(
      /<photo-credit([\s\S]*?)>([\s\S]*?)<\/photo-credit>/g,
      (_, open, inner) =>
        `<figure>${inner.replace(/<span slot="caption">([\s\S]*?)<\/span>/, '')}<figcaption>${credit(open)}</figcaption></figure>`,
    )
    .replace(
      /<pro-tip(?: kind="(\w+)")?>([\s\S]*?)<\/pro-tip>/g,
      (_, kind = 'tip', inner) => `<wa-callout variant="${VARIANTS[kind] ?? 'brand'}">${inner}</wa-callout>`,
    )
    .replace(
      /<share-buttons[\s\S]*?<\/share-buttons>/,
      '<p><a href="https://bsky.app/intent/compose">Share on Bluesky</a> · <a href="mailto:?subject=Slow%20reading">Email</a></p>',
    );
  const left =
    /<\/?(reading-progress|pro-tip|photo-credit|category-chips|reading-time|table-of-contents|share-buttons|post-meta)\b/.exec(
      html,
    );
  if (left)
    throw new Error(`bench: the peer article still contains <${left[1]}>; update bench/lib/lighthouse.mjs`);
  return html;
}

/**
 * A copy of another build (`--baseline=<dir>`: a checkout with dist/ built) beside this one, so
 * the same run measures before and after.
 */
function copyBaseline(dir) {
  const target = join(TMP, 'baseline');
  rmSync(target, { recursive: true, force: true });
  for (const part of ['dist', 'demo']) cpSync(join(dir, part), join(target, part), { recursive: true });
  return '/bench/.tmp/baseline';
}

/**
 * demo/enhance.html with width and height on its images (every demo image is 1200×800), as the
 * build-time transform will write them: markdown images carry no size, and an image without
 * one moves the page when it loads, whatever script runs. The difference between the two pages
 * is the images'; what is left is the library's.
 */
export function sizedEnhancePage() {
  return readFileSync(join(ROOT, 'demo', 'enhance.html'), 'utf8')
    .replace(/<img(\s+)src="images\//g, '<img width="1200" height="800"$1src="/demo/images/')
    .replace(/(src|href)="images\//g, '$1="/demo/images/')
    .replace(/href="demo\.css"/, 'href="/demo/demo.css"')
    .replace(/(src|href)="\.\.\/dist\//g, '$1="/dist/')
    .replace(/href="\.\/(\w+)\.html"/g, 'href="/demo/$1.html"');
}

async function writePages() {
  mkdirSync(PAGES, { recursive: true });
  await bundle('lh-peer', PEER_SCRIPT);
  writeFileSync(join(PAGES, 'lh-peer.html'), peerArticle());
  writeFileSync(join(PAGES, 'lh-enhance-sized.html'), sizedEnhancePage());
}

/** Scripts that count as the page's library: our bundle and its chunks, or the peer page's bundle. */
const LIBRARY = { ours: /\/dist\//, peer: /\/lh-peer\.js/ };

/** The figures of one Lighthouse run that the goals name. */
function figures(lhr, OURS) {
  const audits = lhr.audits;
  const long = audits['long-tasks']?.details?.items ?? [];
  const ours = long.filter((task) => OURS.test(task.url ?? ''));
  const bootup = audits['bootup-time']?.details?.items ?? [];
  const scripting = bootup.filter((item) => OURS.test(item.url ?? ''));
  return {
    score: lhr.categories.performance.score,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    // Lighthouse lists tasks of 50 ms or longer (after its 4× slowdown); 0 means none of the library's.
    longestOurs: Math.max(0, ...ours.map((task) => task.duration)),
    longestAny: Math.max(0, ...long.map((task) => task.duration)),
    longTasksOurs: ours.length,
    scriptingOurs: scripting.reduce((sum, item) => sum + (item.scripting ?? 0), 0),
    unusedJs: (audits['unused-javascript']?.details?.items ?? [])
      .filter((item) => OURS.test(item.url ?? ''))
      .reduce((sum, item) => sum + (item.wastedBytes ?? 0), 0),
    layoutShifts: (audits['layout-shifts']?.details?.items ?? []).map((item) => ({
      score: item.score,
      node: item.node?.snippet?.slice(0, 120),
      cause: item.subItems?.items?.map((cause) => cause.extra?.value ?? cause.cause).join(', '),
    })),
  };
}

async function runOnce(url, library) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    return figures(result.lhr, library);
  } finally {
    await chrome.kill();
  }
}

/**
 * `pages`: name → path on the server. Every run visits every page once, in a rotating order.
 * Returns per page the medians and the single runs.
 */
export async function measureLighthouse(origin, { runs = 5, baseline, log, say = () => {} }) {
  await writePages();
  // The seed post as the CLI builds it (declarative shadow DOM, the hydrate bundle).
  execSync('npm run --silent demo:seed', { cwd: ROOT, stdio: 'ignore' });
  const pages = {
    index: '/demo/index.html',
    enhance: '/demo/enhance.html',
    seed: '/demo/seed.html',
    'enhance-sized': '/bench/.tmp/pages/lh-enhance-sized.html',
    peer: '/bench/.tmp/pages/lh-peer.html',
  };
  if (baseline && existsSync(join(baseline, 'dist', 'cdn', 'reading-elements.js'))) {
    const base = copyBaseline(baseline);
    pages['index-before'] = `${base}/demo/index.html`;
    pages['enhance-before'] = `${base}/demo/enhance.html`;
  } else if (baseline) log?.(`lighthouse: no dist/cdn in ${baseline}; no before figures`);
  const names = Object.keys(pages);
  const raw = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    const order = names.slice(run % names.length).concat(names.slice(0, run % names.length));
    for (const name of order) {
      say(`lighthouse run ${run + 1}/${runs}: ${name}`);
      try {
        raw[name].push(
          await runOnce(`${origin}${pages[name]}`, name === 'peer' ? LIBRARY.peer : LIBRARY.ours),
        );
      } catch (error) {
        log?.(`lighthouse: ${name} run ${run + 1} failed: ${error.message}`);
      }
    }
  }
  const keys = [
    'score',
    'tbt',
    'cls',
    'lcp',
    'fcp',
    'longestOurs',
    'longestAny',
    'longTasksOurs',
    'scriptingOurs',
    'unusedJs',
  ];
  const stats = Object.fromEntries(
    names.map((name) => [
      name,
      Object.fromEntries(keys.map((key) => [key, summarize(raw[name].map((r) => r[key]))])),
    ]),
  );
  // What moved, from the median-CLS run of each page.
  const shifts = Object.fromEntries(
    names.map((name) => {
      const list = [...raw[name]].sort((a, b) => a.cls - b.cls);
      return [name, list[Math.floor(list.length / 2)]?.layoutShifts ?? []];
    }),
  );
  return { runs, pages, stats, shifts, version: '12.2.3' };
}
