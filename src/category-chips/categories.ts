// Turns what the author gives `<category-chips>` (the `categories` value, or the links and list items inside it) into chips.
import { attributeOf, childElements, hasDescendant, type LightNode } from '../internal/light-dom.js';
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { categoryHref } from './href-template.js';
import { tierOf, type CategoryTier } from './tiers.js';

/** One category as the frontmatter writes it: `{ "type": "niche", "name": "Deep Learning" }`. */
export interface CategoryItem {
  name: string;
  /** One of the tiers; anything else renders a plain chip. */
  type?: CategoryTier | string;
  /** Link for this chip; wins over `href-template`. */
  href?: string;
}

/** What `categories` accepts: names, items, or a mix. */
export type CategoryInput = string | CategoryItem;

/** A chip ready to render. */
export interface Chip {
  name: string;
  tier: CategoryTier | undefined;
  href: string | null;
  target: string | null;
}

/** A category before its link is worked out. */
export interface Entry {
  name: string;
  tier: CategoryTier | undefined;
  href: string | undefined;
  target: string | null;
}

function cleanName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
}

/** The `categories` attribute: a JSON array becomes an array; anything else stays the text written, to be judged (and warned about) when rendering. */
export const categoriesConverter = {
  fromAttribute(value: string | null): CategoryInput[] | string | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? (parsed as CategoryInput[]) : value;
    } catch {
      return value;
    }
  },
};

/** The categories `element` was given as its `categories` value; bad input warns and gives none. */
export function entriesFromInput(element: Element, input: CategoryInput[] | string): Entry[] {
  let list: unknown = input;
  if (typeof input === 'string' && !/^\s*[[{"]/.test(input)) {
    // Not JSON but a list as people write it: `categories="Tech, Innovation"`.
    list = input.split(',').filter((name) => name.trim());
  } else if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch {
      warnOnce(
        element,
        'categories',
        input,
        'is not valid JSON; showing the categories written inside the element instead.',
      );
      return [];
    }
  }
  if (!Array.isArray(list)) {
    warnOnce(
      element,
      'categories',
      input,
      'is not an array of names or { name, type, href } items; showing the categories written inside the element instead.',
    );
    return [];
  }
  const entries: Entry[] = [];
  for (const item of list as unknown[]) {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
    const name = cleanName(typeof item === 'string' ? item : record?.name);
    if (!name) {
      warnOnce(element, 'categories', item, 'has an item without a name; it is left out.');
      continue;
    }
    const href = record?.href;
    entries.push({
      name,
      tier: tierOf(record?.type),
      href: typeof href === 'string' ? href : undefined,
      target: null,
    });
  }
  return entries;
}

/**
 * Links (`<a>`) and list items (`<li>`) the author wrote inside the element, in document order.
 * Read through the light-DOM view, so a server render sees the same list.
 */
export function entriesFromLightDom(light: LightNode | null): Entry[] {
  const entries: Entry[] = [];
  const walk = (node: LightNode, item: LightNode | null): void => {
    for (const element of childElements(node)) {
      const tag = element.localName;
      const isLink = tag === 'a';
      // A list item's link speaks for it.
      if (isLink || (tag === 'li' && !hasDescendant(element, 'a'))) {
        const name = cleanName(element.textContent);
        if (name) {
          const type =
            attributeOf(element, 'data-type') ?? (isLink && item ? attributeOf(item, 'data-type') : null);
          entries.push({
            name,
            tier: tierOf(type ?? undefined),
            href: isLink ? (attributeOf(element, 'href') ?? undefined) : undefined,
            target: isLink ? attributeOf(element, 'target') : null,
          });
        }
      }
      walk(element, tag === 'li' ? element : item);
    }
  };
  if (light) walk(light, null);
  return entries;
}

/** The first of each name wins; names compare case-insensitively. */
export function unique(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.name.normalize('NFC').toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The chip for `entry`: its own link, else one from `hrefTemplate`; an unsafe link is dropped with a warning. */
export function chipFor(element: Element, entry: Entry, hrefTemplate: string): Chip {
  let href: string | null = null;
  if (entry.href !== undefined) {
    href = safeUrl(entry.href);
    if (href === null)
      warnOnce(
        element,
        'href',
        entry.href,
        'is not an http(s) or relative link; the chip is shown without it.',
      );
  } else if (hrefTemplate) {
    href = safeUrl(categoryHref(hrefTemplate, entry.name));
    if (href === null)
      warnOnce(
        element,
        'href-template',
        hrefTemplate,
        'does not build an http(s) or relative link; the chips are shown without links.',
      );
  }
  return { name: entry.name, tier: entry.tier, href, target: href ? entry.target : null };
}
