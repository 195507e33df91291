/**
 * The library's eight element tags, in the order the README presents them. The one list:
 * tests and scripts import it, and test/node/tags.test.ts checks every place that cannot
 * (package.json, the src/<tag>.ts entries, src/elements.ts, enhance()'s registrations,
 * docs/<tag>.md) against it.
 */
export const TAGS = [
  'reading-progress',
  'pro-tip',
  'photo-credit',
  'category-chips',
  'reading-time',
  'table-of-contents',
  'share-buttons',
  'post-meta',
] as const;

/** One of the library's element tags. */
export type Tag = (typeof TAGS)[number];
