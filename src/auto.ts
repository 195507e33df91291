/**
 * The zero-markup bundle (dist/cdn/reading-elements-auto.js): registers every element, then runs
 * `enhance(document)` once the DOM is ready, with the options written in the page (see
 * `optionsFromMarkup`). It exports what the full bundle exports, `enhance` and
 * `optionsFromMarkup` included, so a page can call `enhance(container)` again on content it adds
 * later.
 */
import { enhance, optionsFromMarkup } from './enhance.js';
import { inTurn } from './internal/schedule.js';

export * from './index.js';

// In a task of its own, ahead of the elements' registrations (see `takeTurns`): the elements it
// writes then upgrade one kind at a time, not all in the task that runs the bundle.
function run(): void {
  inTurn(() => enhance(document, optionsFromMarkup()));
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
