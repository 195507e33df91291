import { registerCreated } from './register.js';
import { transform } from './transform.js';
import type { EnhanceOptions, EnhanceReport, EnhanceRoot } from './types.js';

/**
 * Upgrades the markup a markdown pipeline already emits inside `root` into reading elements:
 * callouts into `<pro-tip>`, credited images into `<photo-credit>`, `data-*` placeholders into
 * their elements, and the seed's progress container into `<reading-progress>`. It registers the
 * elements it creates (unless their tags are registered already) and returns how many of each
 * it created.
 *
 * Lossless (every text node, link and image stays; the image nodes themselves move) and
 * idempotent (a second call changes nothing and reports zeros), so it is safe to call again on
 * content added later. It leaves `pre`, `code`, `[contenteditable]` and `[data-no-enhance]`
 * regions as they are.
 *
 * @example
 *   import { enhance } from 'reading-elements/enhance.js';
 *   const report = enhance(document, { progress: true, referral: 'my_blog' });
 *   // → { progress: 1, callouts: 3, photos: 5, placeholders: 0 }
 */
export function enhance(root: EnhanceRoot = document, options: EnhanceOptions = {}): EnhanceReport {
  const { report, created } = transform(root, options);
  registerCreated(created);
  return report;
}
