// 4. Text analysis and enhance() on a 10,000-word article.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP, newPage, summarize } from './util.mjs';
import { bundle } from './size.mjs';
import { articleHtml, random, sentence } from './article.mjs';

const PAGES = join(TMP, 'pages');
const dist = (p) => JSON.stringify(join(ROOT, 'dist', p));
const shell = (body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Text benchmark</title>
<style>body { margin: 0 auto; max-width: 760px; padding: 1rem; font: 18px/1.6 system-ui, sans-serif; } img { max-width: 100%; height: auto; }</style>
</head><body>
${body}
<script type="module">${script}</script>
</body></html>`;

const NAMES = ['Clay Banks', 'Ales Nesetril', 'Luca Bravo', 'Marvin Meyer', 'Ada Reader'];
const LABELS = ['Pro Tip:', 'Expert Insight:', 'Note:', 'Warning:'];

/**
 * The article as a markdown pipeline (marked) renders the seed format: bold-label blockquotes,
 * images followed by an italic "Photo by … on Unsplash" line, a code block now and then, a Key
 * Takeaways section and the seed's progress container.
 */
function seedArticle() {
  const rand = random(23);
  const extra = (s) => {
    const parts = [];
    if (s % 2 === 0)
      parts.push(
        `<blockquote>\n<p><strong>${LABELS[s % LABELS.length]}</strong>  ${sentence(rand, 25)}</p>\n</blockquote>`,
      );
    if (s % 3 === 1) {
      const name = NAMES[s % NAMES.length];
      parts.push(
        `<p><img src="/demo/images/desk-notes.svg" alt="${sentence(rand, 8).slice(0, -1)}" width="640" height="360"></p>\n<p><em>Photo by <a href="https://unsplash.com/@${name.split(' ')[0].toLowerCase()}">${name}</a> on Unsplash</em></p>`,
      );
    }
    if (s % 10 === 5)
      parts.push(
        '<pre><code class="language-js">const minutes = Math.ceil(words / 230);\nconsole.log(minutes);</code></pre>',
      );
    return parts.join('\n');
  };
  const { html, words } = articleHtml({ sections: 40, words: 10_000, seed: 19, extra });
  const takeaways = `<h2 id="key-takeaways">Key Takeaways</h2>\n<ul>${Array.from({ length: 5 }, () => `<li>${sentence(rand, 12)}</li>`).join('')}</ul>`;
  const progress =
    '<div class="reading-progress-container"><div id="reading-progress" class="reading-progress"></div></div>';
  return { html: `<article><h1>A long article</h1>\n${html}\n${takeaways}\n${progress}</article>`, words };
}

/** Short samples in other scripts: [language, text, words a reader would count]. */
const SAMPLES = [
  ['English', 'Reading takes time, and honest estimates help readers decide what to open.', 12],
  ['Thai', 'การอ่านบทความยาวต้องใช้เวลาและความตั้งใจ', 10],
  ['Japanese', '長い記事を読むには時間がかかります。', null],
  ['Chinese', '阅读长文章需要时间和耐心。', null],
  ['Arabic', 'قراءة المقالات الطويلة تحتاج إلى وقت وصبر', 7],
];

const TEXT_SCRIPT = `
import { analyzeText, readingMinutes, countText } from '/bench/.tmp/size/text-ours.js';
import readingTime from '/bench/.tmp/size/text-peer.js';
const article = document.querySelector('article');
const order = new URLSearchParams(location.search).get('order') === 'peer-first' ? ['peer', 'ours'] : ['ours', 'peer'];
const calls = {
  ours: () => readingMinutes(analyzeText(article)),
  peer: () => Math.ceil(readingTime(article.textContent).minutes),
};
const string = article.textContent;
const pure = { ours: () => countText(string).words, peer: () => readingTime(string).words };
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
const result = { cold: {}, warm: {}, pure: {} };
// The first call on a fresh page: includes compiling the code and building the regular expressions.
for (const who of order) result.cold[who] = time(calls[who]);
// Then batches of 10 calls, per-call time of each batch.
const batch = (fn) => { const t = performance.now(); for (let i = 0; i < 10; i++) fn(); return (performance.now() - t) / 10; };
for (const who of order) { batch(calls[who]); result.warm[who] = Array.from({ length: 8 }, () => batch(calls[who])); }
for (const who of order) { batch(pure[who]); result.pure[who] = Array.from({ length: 8 }, () => batch(pure[who])); }
const stats = analyzeText(article);
const peer = readingTime(string);
result.counts = {
  ours: { words: stats.words, images: stats.images, minutes: readingMinutes(stats) },
  peer: { words: peer.words, minutes: Math.ceil(peer.minutes) },
};
// The same counting on short samples in other scripts (what each library says, not a timing).
const samples = ${JSON.stringify(SAMPLES)};
result.samples = samples.map(([lang, text]) => ({ lang, text, ours: countText(text), peer: readingTime(text).words }));
window.__result = result;`;

const ENHANCE_SCRIPT = `
import { enhance } from '/bench/.tmp/size/enhance-bench.js';
const article = document.querySelector('article');
const t0 = performance.now();
const report = enhance(article);
const t1 = performance.now();
const tags = ['pro-tip', 'photo-credit', 'reading-progress'];
const created = [...document.querySelectorAll(tags.join(','))];
await Promise.all(created.map((element) => element.updateComplete));
await new Promise((resolve) => requestAnimationFrame(resolve));
const t2 = performance.now();
window.__result = { enhance: t1 - t0, rendered: t2 - t0, report, start: t0 };`;

export async function measureText(browser, origin, { runs = 5, log }) {
  mkdirSync(PAGES, { recursive: true });
  const out = { text: null, enhance: null };
  const { html, words } = seedArticle();

  if (existsSync(join(ROOT, 'dist', 'internal', 'text-stats.js'))) {
    await bundle(
      'text-ours',
      `export { analyzeText, readingMinutes, countText } from ${dist('internal/text-stats.js')};`,
    );
    await bundle('text-peer', "export { default } from 'reading-time/lib/reading-time.js';");
    writeFileSync(join(PAGES, 'text.html'), shell(html, TEXT_SCRIPT));
    const raw = [];
    for (let run = 0; run < runs; run++) {
      const page = await newPage(browser, log);
      await page.goto(`${origin}/bench/.tmp/pages/text.html?order=${run % 2 ? 'peer-first' : 'ours-first'}`);
      await page.waitForFunction(() => window.__result, { polling: 20, timeout: 60_000 });
      raw.push(await page.evaluate(() => window.__result));
      await page.close();
    }
    const pick = (fn) => summarize(raw.flatMap(fn));
    out.text = {
      words,
      runs,
      counts: raw[0].counts,
      samples: raw[0].samples.map((sample, i) => ({ ...sample, expected: SAMPLES[i][2] })),
      cold: { ours: pick((r) => [r.cold.ours]), peer: pick((r) => [r.cold.peer]) },
      warm: { ours: pick((r) => r.warm.ours), peer: pick((r) => r.warm.peer) },
      pure: { ours: pick((r) => r.pure.ours), peer: pick((r) => r.pure.peer) },
    };
  } else out.text = { skipped: 'src/internal/text-stats.ts is not built yet' };

  if (existsSync(join(ROOT, 'dist', 'enhance.js'))) {
    await bundle('enhance-bench', `export { enhance } from ${dist('enhance.js')};`);
    writeFileSync(join(PAGES, 'enhance.html'), shell(html, ENHANCE_SCRIPT));
    const raw = [];
    for (let run = 0; run < runs; run++) {
      const page = await newPage(browser, log);
      await page.goto(`${origin}/bench/.tmp/pages/enhance.html`);
      await page.waitForFunction(() => window.__result, { polling: 20, timeout: 60_000 });
      raw.push(await page.evaluate(() => window.__result));
      await page.close();
    }
    out.enhance = {
      words,
      runs,
      report: raw[0].report,
      call: summarize(raw.map((r) => r.enhance)),
      rendered: summarize(raw.map((r) => r.rendered)),
    };
  } else out.enhance = { skipped: 'src/enhance.ts is not built yet' };
  return out;
}
