// 2. Scroll cost: one long article, four variants (bare, ours, conventional, CSS only), scrolled programmatically frame by frame.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP, hasElement, metrics, newPage, summarize, sleep } from './util.mjs';
import { bundle } from './size.mjs';
import { articleHtml } from './article.mjs';

const PAGES = join(TMP, 'pages');
export const METRICS = [
  'ScriptDuration',
  'TaskDuration',
  'LayoutCount',
  'RecalcStyleCount',
  'LayoutDuration',
  'RecalcStyleDuration',
];

const shell = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,">
<title>Scroll benchmark</title>
<style>
  body { margin: 0; font: 18px/1.6 system-ui, sans-serif; color: #222; background: #fff; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 2rem; max-width: 1100px; margin: 0 auto; padding: 1rem; }
  aside { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: 14px; }
</style>
${head}
</head><body>
${body}
</body></html>`;

function layout(article, aside = '') {
  return `<div class="layout"><article id="article"><h1>A long article</h1>\n${article}</article><aside>${aside}</aside></div>`;
}

/** The conventional progress bar found in countless tutorials: a scroll listener that sets a width. */
const CONVENTIONAL_PROGRESS = `<div id="progress" style="position:fixed;top:0;left:0;height:4px;width:0;background:#2563eb;z-index:1000"></div>
<script>
  const bar = document.getElementById('progress');
  window.addEventListener('scroll', () => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    bar.style.width = (window.scrollY / max) * 100 + '%';
  });
</script>`;

/** A progress bar driven by CSS alone (`animation-timeline: scroll()`): the platform's own floor for a scroll-linked bar. */
const CSS_PROGRESS = `<style>
  @keyframes bench-grow { from { transform: scaleX(0); } to { transform: scaleX(1); } }
  #css-progress { position: fixed; inset: 0 0 auto 0; height: 4px; background: #2563eb; transform-origin: 0 50%; z-index: 1000;
    animation: bench-grow linear both; animation-timeline: scroll(root); }
</style><div id="css-progress"></div>`;

/**
 * Writes the pages. Ours load the CDN bundle when it registers both elements; while
 * src/index.ts does not export <table-of-contents> yet, they load one module bundling the two
 * npm entries (dist/reading-progress.js and dist/table-of-contents.js) with lit instead.
 */
export async function writeScrollPages(cdnTags = []) {
  mkdirSync(PAGES, { recursive: true });
  const { html: article, words } = articleHtml({ sections: 40, words: 6000, seed: 7 });
  const withToc = hasElement('table-of-contents');
  let script = '/dist/cdn/reading-elements.js';
  let ourScript = '`dist/cdn/reading-elements.js`';
  if (withToc && !cdnTags.includes('table-of-contents')) {
    const dist = (p) => JSON.stringify(join(ROOT, 'dist', p));
    await bundle(
      'scroll-ours',
      `export * from ${dist('reading-progress.js')};\nexport * from ${dist('table-of-contents.js')};`,
    );
    script = '/bench/.tmp/size/scroll-ours.js';
    ourScript =
      'one module bundling `dist/reading-progress.js` and `dist/table-of-contents.js` with lit (the CDN bundle did not register `<table-of-contents>` yet)';
  }
  writeFileSync(join(PAGES, 'scroll-bare.html'), shell('', layout(article)));
  writeFileSync(join(PAGES, 'scroll-cssbar.html'), shell('', `${CSS_PROGRESS}\n${layout(article)}`));
  writeFileSync(
    join(PAGES, 'scroll-ours.html'),
    shell(
      `<script type="module" src="${script}"></script>`,
      `<reading-progress for="article"></reading-progress>\n${layout(article, withToc ? '<table-of-contents for="article"></table-of-contents>' : '')}`,
    ),
  );
  // The same, with <reading-progress> forced onto its fallback path (one passive scroll listener
  // and one animation frame), which is what browsers without scroll-driven animations run.
  writeFileSync(
    join(PAGES, 'scroll-fallback.html'),
    shell(
      `<script type="module">
  import { ReadingProgress } from '${script}';
  ReadingProgress.useScrollTimeline = false;
  const bar = document.createElement('reading-progress');
  bar.setAttribute('for', 'article');
  document.body.prepend(bar);
</script>`,
      layout(article, withToc ? '<table-of-contents for="article"></table-of-contents>' : ''),
    ),
  );
  writeFileSync(
    join(PAGES, 'scroll-peer.html'),
    shell(
      '<link rel="stylesheet" href="/node_modules/tocbot/dist/tocbot.css">',
      `${CONVENTIONAL_PROGRESS}\n${layout(article, '<nav class="js-toc toc"></nav>')}
<script src="/node_modules/tocbot/dist/tocbot.min.js"></script>
<script>tocbot.init({ tocSelector: '.js-toc', contentSelector: '#article', headingSelector: 'h2, h3', collapseDepth: 6 });</script>`,
    ),
  );
  return { words, sections: 40, withToc, ourScript };
}

/** Runs inside the page: scrolls the whole document down in `frames` equal steps, one per animation frame. */
function scrollThrough(frames) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  return (async () => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    const step = max / frames;
    const start = performance.now();
    for (let i = 0; i < frames; i++) {
      window.scrollBy(0, step);
      await frame();
    }
    await frame();
    await frame();
    return { elapsed: performance.now() - start, max, y: window.scrollY };
  })();
}

async function ready(page, variant) {
  await page.evaluate(async (v) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    if (v === 'ours' || v === 'fallback') {
      if (v === 'fallback') while (!document.querySelector('reading-progress')) await frame();
      for (const tag of ['reading-progress', 'table-of-contents']) {
        const el = document.querySelector(tag);
        if (el) {
          await customElements.whenDefined(tag);
          await el.updateComplete;
        }
      }
    }
    window.scrollTo(0, 0);
    await frame();
    await frame();
    // Count how often the current contents entry changes during the scroll (both tables of contents).
    window.__currentChanges = 0;
    const toc = document.querySelector('table-of-contents')?.shadowRoot ?? document.querySelector('.js-toc');
    if (toc) {
      new MutationObserver((records) => {
        for (const record of records) {
          const el = record.target;
          if (
            record.attributeName === 'aria-current'
              ? el.hasAttribute('aria-current')
              : el.classList.contains('is-active-link') && !(record.oldValue ?? '').includes('is-active-link')
          )
            window.__currentChanges++;
        }
      }).observe(toc, {
        subtree: true,
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['aria-current', 'class'],
      });
    }
  }, variant);
  await sleep(300);
}

export async function measureScroll(browser, origin, { runs = 5, frames = 240, cdnTags, log }) {
  const info = await writeScrollPages(cdnTags);
  const variants = ['bare', 'ours', 'peer', 'cssbar', 'fallback'];
  const raw = Object.fromEntries(variants.map((v) => [v, []]));
  const checks = {};
  for (let run = 0; run < runs; run++) {
    // Rotate the order so no variant always runs first (the machine is shared and noisy).
    const order = variants.slice(run % variants.length).concat(variants.slice(0, run % variants.length));
    for (const variant of order) {
      const page = await newPage(browser, log);
      const client = await page.createCDPSession();
      await client.send('Performance.enable');
      await page.goto(`${origin}/bench/.tmp/pages/scroll-${variant}.html`, { waitUntil: 'load' });
      await ready(page, variant);
      const before = await metrics(client);
      const result = await page.evaluate(scrollThrough, frames);
      const after = await metrics(client);
      const currentChanges = await page.evaluate(() => window.__currentChanges);
      if (run === 0) {
        checks[variant] = await page.evaluate(() => ({
          progress: (() => {
            const ours = document.querySelector('reading-progress');
            if (ours) return `reading-progress value ${Number(ours.value).toFixed(2)}`;
            const bar = document.getElementById('progress');
            return bar ? `bar width ${bar.style.width}` : 'none';
          })(),
          tocLinks:
            document.querySelector('table-of-contents')?.shadowRoot?.querySelectorAll('a').length ??
            document.querySelectorAll('.js-toc a').length,
          active:
            document
              .querySelector('table-of-contents')
              ?.shadowRoot?.querySelector('[aria-current]')
              ?.textContent?.trim() ??
            document.querySelector('.js-toc .is-active-link')?.textContent?.trim() ??
            null,
        }));
        checks[variant].elapsed = result.elapsed;
      }
      const delta = Object.fromEntries(METRICS.map((m) => [m, after[m] - before[m]]));
      delta.ScriptDuration *= 1000;
      delta.TaskDuration *= 1000;
      delta.LayoutDuration *= 1000;
      delta.RecalcStyleDuration *= 1000;
      delta.elapsed = result.elapsed;
      delta.currentChanges = currentChanges;
      raw[variant].push(delta);
      await page.close();
    }
  }
  // Each variant minus the bare page of the same round (paired, so shared noise cancels).
  const extra = {};
  for (const variant of ['ours', 'peer', 'cssbar', 'fallback']) {
    extra[variant] = Object.fromEntries(
      METRICS.map((m) => [m, summarize(raw[variant].map((d, i) => d[m] - raw.bare[i][m]))]),
    );
  }
  const absolute = Object.fromEntries(
    variants.map((v) => [
      v,
      Object.fromEntries(
        [...METRICS, 'elapsed', 'currentChanges'].map((m) => [m, summarize(raw[v].map((d) => d[m]))]),
      ),
    ]),
  );
  return { ...info, runs, frames, extra, absolute, checks };
}
