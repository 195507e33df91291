import { chipNames } from '../../scripts/examples-lib.mjs';
import { shadowText, verifyStaticSite } from '../../scripts/examples-static.mjs';

await verifyStaticSite({
  name: 'astro-rehype',
  folder: 'dist',
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
});
