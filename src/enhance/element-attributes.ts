/**
 * The tags enhance() creates and the attributes each one reads, as data: the recognisers need
 * the names (a placeholder's `data-<name>-<attribute>` may set any of them) but not the element
 * classes, so the build-time transform runs without lit. test/node/enhance-html.test.ts checks
 * this table against each class's `observedAttributes`.
 */
const ATTRIBUTES = {
  'category-chips': [
    'categories',
    'sort',
    'max',
    'expanded',
    'href-template',
    'label',
    'more-label',
    'less-label',
    'strings',
  ],
  'photo-credit': [
    'author',
    'author-href',
    'source',
    'source-href',
    'license',
    'license-href',
    'credit',
    'referral',
    'zoomable',
    'zoom-label',
    'dialog-label',
    'close-label',
    'strings',
  ],
  'pro-tip': ['kind', 'label', 'no-icon', 'collapsible', 'open', 'role', 'strings'],
  'reading-progress': ['for', 'position', 'time-left', 'time-left-label', 'strings'],
  'reading-time': [
    'minutes',
    'for',
    'format',
    'words-per-minute',
    'characters-per-minute',
    'label',
    'strings',
  ],
  'share-buttons': ['url', 'text', 'networks', 'mastodon-instance', 'compact', 'label', 'strings'],
  'table-of-contents': [
    'for',
    'levels',
    'offset',
    'label',
    'collapsible',
    'open',
    'summary',
    'no-hash',
    'strings',
  ],
} as const satisfies Record<string, readonly string[]>;

/** A tag enhance() creates. */
export type CreatedTag = keyof typeof ATTRIBUTES;

/** Every tag enhance() can create. */
export const CREATED_TAGS = Object.keys(ATTRIBUTES) as CreatedTag[];

/** The attributes the element for `tag` reads: those of its reactive properties. */
export function attributesOf(tag: CreatedTag): readonly string[] {
  return ATTRIBUTES[tag];
}
