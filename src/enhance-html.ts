/**
 * reading-elements/enhance-html.js: enhance() at build time. `enhanceHtml(html, options)` runs
 * the same recognisers as the browser's enhance() on a server DOM and returns the upgraded HTML
 * with the same counts. It registers nothing, loads no element class and needs no browser
 * globals, so it runs in Node, in a build script or a markdown pipeline.
 */
import { parseBodyFragment, parseDocument, isWholeDocument, serializeChildren } from './enhance/html-tree.js';
import { transform } from './enhance/transform.js';
import type { EnhanceOptions, EnhanceReport } from './enhance/types.js';

export type { EnhanceOptions, EnhanceReport } from './enhance/types.js';

export interface EnhanceHtmlOptions extends EnhanceOptions {
  /** Where the HTML came from (a file name), named in warnings. */
  source?: string;
}

export interface EnhanceHtmlResult {
  /** The upgraded HTML: a fragment for a fragment, a whole page (doctype included) for a whole page. */
  html: string;
  /** How many elements of each kind were created, as enhance() reports them. */
  counts: EnhanceReport;
}

/**
 * Upgrades the markup a markdown pipeline emits into reading elements, as enhance() does in the
 * browser: callouts into `<pro-tip>`, credited images into `<photo-credit>`, `data-*`
 * placeholders into their elements, the seed's progress container into `<reading-progress>`.
 * The same guarantees hold: lossless, idempotent (a second run returns the same HTML and zero
 * counts), and `pre`, `code`, `[contenteditable]`, `[data-no-enhance]` are left as written.
 *
 * `html` may be a body fragment (what a markdown renderer returns) or a whole page.
 *
 * @example
 *   import { enhanceHtml } from 'reading-elements/enhance-html.js';
 *   const { html, counts } = enhanceHtml(marked.parse(markdown), { referral: 'my_blog' });
 *   // counts → { progress: 1, callouts: 4, photos: 5, placeholders: 0 }
 */
export function enhanceHtml(html: string, options: EnhanceHtmlOptions = {}): EnhanceHtmlResult {
  const counts: EnhanceReport = { progress: 0, callouts: 0, photos: 0, placeholders: 0 };
  if (typeof html !== 'string') {
    console.warn(
      `reading-elements: enhanceHtml()${options.source ? ` (${options.source})` : ''} was given ${html === null ? 'null' : typeof html} instead of an HTML string; nothing was upgraded.`,
    );
    return { html: '', counts };
  }
  if (isWholeDocument(html)) {
    const document = parseDocument(html);
    const { report } = transform(document, options);
    return { html: serializeChildren(document), counts: report };
  }
  const fragment = parseBodyFragment(html);
  const { report } = transform(fragment, options);
  return { html: serializeChildren(fragment), counts: report };
}
