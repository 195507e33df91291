/**
 * Placeholders → elements: `[data-table-of-contents]`, `[data-reading-time]`, `[data-share]` and
 * `[data-categories]` become `<table-of-contents>`, `<reading-time>`, `<share-buttons>` and
 * `<category-chips>`. The placeholder's id, class, style, language and other `data-*` attributes
 * carry over, its content moves inside (a server-rendered list stays as the progressive
 * fallback), and `data-<name>-<attribute>` sets one of the element's own attributes
 * (`data-share-text="…"` → `text="…"`), for any attribute the element reads.
 */
import { attributesOf, type CreatedTag } from './element-attributes.js';
import { candidates, create } from './dom.js';
import type { EnhanceRoot } from './types.js';

interface Placeholder {
  tag: CreatedTag;
  /** The attribute that marks the placeholder. */
  marker: string;
  /** The element attribute its value sets, when the value is valid. */
  valueAttribute: string;
  valid: (value: string) => boolean;
}

const PLACEHOLDERS: readonly Placeholder[] = [
  {
    tag: 'table-of-contents',
    marker: 'data-table-of-contents',
    valueAttribute: 'levels',
    valid: (value) => /^[1-6](?:-[1-6])?$/.test(value),
  },
  {
    tag: 'reading-time',
    marker: 'data-reading-time',
    valueAttribute: 'minutes',
    valid: (value) => /^\d+(?:\.\d+)?$/.test(value),
  },
  {
    tag: 'share-buttons',
    marker: 'data-share',
    valueAttribute: 'networks',
    valid: (value) => value !== '',
  },
  {
    tag: 'category-chips',
    marker: 'data-categories',
    valueAttribute: 'categories',
    valid: (value) => value !== '',
  },
];

/** Attributes of the placeholder that stay on the element, besides `data-*`. */
const KEPT = new Set(['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot']);

function convert(placeholder: Element, kind: Placeholder): HTMLElement {
  const element = create(placeholder, kind.tag);
  const value = placeholder.getAttribute(kind.marker)!.trim();
  if (kind.valid(value))
    element.setAttribute(
      kind.valueAttribute,
      kind.tag === 'share-buttons' ? value.replace(/[\s,]+/g, ' ') : value,
    );
  const prefix = `${kind.marker}-`;
  // In name order, so every DOM (whatever order it keeps attributes in) writes the same markup.
  for (const name of placeholder.getAttributeNames().sort()) {
    const attributeValue = placeholder.getAttribute(name)!;
    if (name === kind.marker) continue;
    if (name.startsWith(prefix)) {
      const own = name.slice(prefix.length);
      if (attributesOf(kind.tag).includes(own) && !element.hasAttribute(own))
        element.setAttribute(own, attributeValue);
    } else if (KEPT.has(name) || name.startsWith('data-')) {
      element.setAttribute(name, attributeValue);
    }
  }
  element.append(...placeholder.childNodes);
  placeholder.replaceWith(element);
  return element;
}

/** Converts every placeholder in `root`; returns the tags it created. */
export function enhancePlaceholders(root: EnhanceRoot): CreatedTag[] {
  const created: CreatedTag[] = [];
  for (const kind of PLACEHOLDERS) {
    for (const placeholder of candidates(root, `[${kind.marker}]`)) {
      if (!placeholder.parentNode || placeholder.localName === kind.tag) continue;
      convert(placeholder, kind);
      created.push(kind.tag);
    }
  }
  return created;
}
