/**
 * The zero-markup bundle (dist/cdn/reading-elements-auto.js): registers every element, then runs
 * `enhance(document)` once the DOM is ready, with the options written in the page (see
 * `optionsFromMarkup`). It exports what the full bundle exports, so a page can call
 * `enhance(container)` again on content it adds later.
 */
import { enhance } from './enhance.js';
import { optionsFromMarkup } from './enhance/markup-options.js';

export * from './index.js';
export { enhance, optionsFromMarkup };

function run(): void {
  enhance(document, optionsFromMarkup(document));
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
