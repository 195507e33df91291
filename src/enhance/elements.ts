/**
 * The elements enhance() can create. The classes are imported without registering them; a tag
 * is registered (guarded: an existing registration wins) only once enhance() has created one.
 */
import { CategoryChips } from '../category-chips/category-chips.js';
import { PhotoCredit } from '../photo-credit/photo-credit.js';
import { ProTip } from '../pro-tip/pro-tip.js';
import { ReadingProgress } from '../reading-progress/reading-progress.js';
import { ReadingTime } from '../reading-time/reading-time.js';
import { ShareButtons } from '../share-buttons/share-buttons.js';
import { TableOfContents } from '../table-of-contents/table-of-contents.js';

const classes = {
  'category-chips': CategoryChips,
  'photo-credit': PhotoCredit,
  'pro-tip': ProTip,
  'reading-progress': ReadingProgress,
  'reading-time': ReadingTime,
  'share-buttons': ShareButtons,
  'table-of-contents': TableOfContents,
} as const;

/** A tag enhance() creates. */
export type CreatedTag = keyof typeof classes;

/** The attributes the element for `tag` reads: those of its reactive properties. */
export function attributesOf(tag: CreatedTag): readonly string[] {
  return classes[tag].observedAttributes;
}

/** Registers each tag in `tags` unless something is registered under that name already. */
export function defineElements(tags: Iterable<CreatedTag>): void {
  if (typeof customElements === 'undefined') return;
  for (const tag of tags) classes[tag].define();
}
