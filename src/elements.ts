/**
 * Every element, registered, with `registerLocale()`: the entry of the CDN bundle
 * (dist/cdn/reading-elements.js). `enhance()` is left out so pages that write the tags
 * themselves do not pay for it; the -auto bundle adds it.
 */
export * from './reading-progress.js';
export * from './pro-tip.js';
export * from './photo-credit.js';
export * from './category-chips.js';
export * from './reading-time.js';
export * from './table-of-contents.js';
export * from './share-buttons.js';
export * from './post-meta.js';
export { registerLocale } from './internal/locale.js';
