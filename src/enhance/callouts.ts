/**
 * Callouts → `<pro-tip>`: finds the blocks that may be callouts and hands each to the recogniser
 * of its shape (in `callouts/`):
 * - `bold-label.ts`: `<blockquote><p><strong>Pro Tip:</strong> …</p></blockquote>` (marked,
 *   markdown-it), the bold label naming a kind in any shipped language ("Expert Insight:",
 *   "Consejo:", "Hinweis:"), and `<p><strong>Key Takeaways:</strong></p>` followed by a list;
 * - `alerts.ts`: an unrendered `[!TIP]` first line in a blockquote (GitHub / Obsidian syntax),
 *   GitHub alerts (`div.markdown-alert.markdown-alert-tip`), docs.github.com's alerts
 *   (`div.ghd-alert`) and Obsidian's rendered callouts (`div.callout[data-callout]`);
 * - `admonitions.ts`: MkDocs admonitions (`div.admonition.tip`, `details.tip`), Docusaurus
 *   admonitions (`div.theme-admonition.theme-admonition-tip`, and v2's `div.admonition`) and
 *   Starlight asides (`aside.starlight-aside.starlight-aside--tip`).
 */
import { fromAdmonition, fromDetails, fromStarlight } from './callouts/admonitions.js';
import {
  fromGitHubAlert,
  fromGitHubDocsAlert,
  fromMarkerQuote,
  fromObsidianCallout,
} from './callouts/alerts.js';
import { fromBoldQuote, fromTakeawaysParagraph } from './callouts/bold-label.js';
import { candidates } from './dom.js';
import type { EnhanceRoot } from './types.js';

const PATTERNS =
  'blockquote, p, div.markdown-alert, div.ghd-alert, div.theme-admonition, div.admonition, details, aside.starlight-aside, div.callout[data-callout]';

/** Converts every recognised callout in `root`; returns how many it created. */
export function enhanceCallouts(root: EnhanceRoot): number {
  let count = 0;
  for (const block of candidates(root, PATTERNS)) {
    if (!block.parentNode) continue;
    let created: HTMLElement | null;
    if (block.localName === 'blockquote') created = fromBoldQuote(block) ?? fromMarkerQuote(block);
    else if (block.localName === 'p') created = fromTakeawaysParagraph(block);
    else if (block.localName === 'details') created = fromDetails(block);
    else if (block.classList.contains('markdown-alert')) created = fromGitHubAlert(block);
    else if (block.classList.contains('ghd-alert')) created = fromGitHubDocsAlert(block);
    else if (block.hasAttribute('data-callout')) created = fromObsidianCallout(block);
    else if (block.classList.contains('starlight-aside')) created = fromStarlight(block);
    else created = fromAdmonition(block);
    if (created) count++;
  }
  return count;
}
