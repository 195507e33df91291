// The check for examples that build static pages at build time (Astro with the rehype plugin,
// Eleventy with the markdown-it plugin): the built page opened in Chromium must have every
// listed element upgraded, no console error or warning, no failed request, and no layout shift
// from the first paint to well after the upgrade (the Layout Instability API, as Lighthouse's CLS).
import { checkBuiltSite, chipNames, waitForUpgrade } from './examples-lib.mjs';

/** Sums every layout shift the page records, from before its first paint. */
function recordLayoutShifts() {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `folder` (served on 127.0.0.1), checks it, prints one line and exits non-zero on failure.
 * `checks(page)` may add failures (strings) of its own.
 */
export function verifyStaticSite({ name, folder, tags, path = '', checks }) {
  return checkBuiltSite(name, folder, async (page, url) => {
    const failures = [];
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(recordLayoutShifts);
    await page.goto(new URL(path, url).href, { waitUntil: 'load' });
    await waitForUpgrade(page, tags);
    // Scroll through the page, so lazy images load and every element has been on screen.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }
      window.scrollTo(0, 0);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shift = await page.evaluate(() => window.__layoutShift);
    if (shift > 0) failures.push(`the page shifted: cumulative layout shift ${shift.toFixed(4)}, expected 0`);
    if (checks) failures.push(...(await checks(page)));
    return { failures, summary: `${tags.join(', ')} upgraded, no console problem, layout shift ${shift}` };
  });
}

/** What `selector`'s light DOM and shadow root hold, for checks: its attributes and its shadow text. */
export function shadowText(page, selector) {
  return page.$eval(
    selector,
    (element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

/**
 * What both build-time examples must show: they render the same post, one through the rehype
 * plugin and one through the markdown-it plugin, so a reader sees the same article either way.
 */
export const SAMPLE_POST = {
  tags: [
    'post-meta',
    'category-chips',
    'photo-credit',
    'pro-tip',
    'reading-progress',
    'share-buttons',
    'table-of-contents',
  ],
  async checks(page) {
    const failures = [];
    const chips = await chipNames(page);
    if (JSON.stringify(chips) !== JSON.stringify(['Reading', 'Culture', 'Long-Form Journalism']))
      failures.push(
        `category-chips shows ${JSON.stringify(chips)}, expected the frontmatter's three categories`,
      );
    const meta = await shadowText(page, 'post-meta');
    if (!/Mar 18, 2025.*Trending.*AI-generated with Gemini/.test(meta))
      failures.push(`post-meta reads "${meta}", expected the date, Trending and the AI disclosure`);
    const minutes = await page.$eval('post-meta', (meta) =>
      meta.shadowRoot.querySelector('reading-time')?.shadowRoot?.textContent.trim(),
    );
    if (minutes !== '3 min read')
      failures.push(`the reading time reads "${minutes}", expected the frontmatter's "3 min read"`);
    const kinds = await page.$$eval('pro-tip', (tips) => tips.map((tip) => tip.getAttribute('kind')));
    if (JSON.stringify(kinds) !== JSON.stringify(['tip', 'note']))
      failures.push(`callouts ${JSON.stringify(kinds)}, expected ["tip","note"]`);
    const unsized = await page.$$eval('img', (images) =>
      images.filter((image) => !image.getAttribute('height')).map((image) => image.src),
    );
    if (unsized.length) failures.push(`images without a size: ${unsized.join(', ')}`);
    return failures;
  },
};
