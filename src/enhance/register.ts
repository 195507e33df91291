/**
 * Registration for the browser's enhance(): a tag is registered (guarded: an existing
 * registration wins) only once enhance() has created one. The build-time transform never
 * imports this module, so it loads no element class.
 */
import { CategoryChips } from '../category-chips/category-chips.js';
import { PhotoCredit } from '../photo-credit/photo-credit.js';
import { ProTip } from '../pro-tip/pro-tip.js';
import { ReadingProgress } from '../reading-progress/reading-progress.js';
import { ReadingTime } from '../reading-time/reading-time.js';
import { ShareButtons } from '../share-buttons/share-buttons.js';
import { TableOfContents } from '../table-of-contents/table-of-contents.js';
import type { CreatedTag } from './element-attributes.js';

const classes: Record<CreatedTag, { define(): void }> = {
  'category-chips': CategoryChips,
  'photo-credit': PhotoCredit,
  'pro-tip': ProTip,
  'reading-progress': ReadingProgress,
  'reading-time': ReadingTime,
  'share-buttons': ShareButtons,
  'table-of-contents': TableOfContents,
};

/** Registers each tag in `tags` unless something is registered under that name already. */
export function registerCreated(tags: Iterable<CreatedTag>): void {
  if (typeof customElements === 'undefined') return;
  for (const tag of tags) classes[tag].define();
}
