import { elementById } from '../internal/article.js';
import { attributeOf, findDescendant, hasDescendant, type LightNode } from '../internal/light-dom.js';
import { uniqueSlug } from '../internal/slug.js';

/** One entry of the contents: a heading and, in progressive mode, the author's link to it. */
export interface Entry {
  heading: HTMLElement;
  id: string;
  text: string;
  level: number;
  /** The author's server-rendered link (progressive mode only). */
  link?: HTMLAnchorElement;
}

export interface TreeNode {
  index: number;
  entry: Entry;
  children: TreeNode[];
}

export const DEFAULT_LEVELS: readonly [number, number] = [2, 3];

/** The heading's text as a reader sees it, without hidden decorations (permalink marks). */
function headingText(heading: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (
        child instanceof Element &&
        child.getAttribute('aria-hidden') !== 'true' &&
        !child.hasAttribute('hidden')
      )
        walk(child);
    }
  };
  walk(heading);
  return text.replace(/\s+/g, ' ').trim();
}

/** `"2-3"` → `[2, 3]`, `"2"` → `[2, 2]`; null for anything else. */
export function parseLevels(value: string): [number, number] | null {
  const match = /^\s*([1-6])\s*(?:-\s*([1-6])\s*)?$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from <= to ? [from, to] : null;
}

/** Nests a flat, ordered list by level; a skipped level (h2 → h4) nests one step, not two. */
export function buildTree(entries: Entry[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  entries.forEach((entry, index) => {
    const node: TreeNode = { index, entry, children: [] };
    while (stack.length && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

/** The same-document fragment a link points to, decoded, or null. */
function fragmentOf(link: HTMLAnchorElement): string | null {
  // `hash` is missing on an SVG link, empty for an unparsable href or a bare "#".
  const hash = link.hash?.slice(1);
  if (!hash || link.href.split('#')[0] !== location.href.split('#')[0]) return null;
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/** The author's links inside `host` that point to a place on this page (progressive mode). */
export function authorLinks(host: Element): HTMLAnchorElement[] {
  return [...host.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => fragmentOf(link) !== null);
}

/** Changes whenever the contents would read differently: the mode, or an entry's level, id or text. */
export function signatureOf(progressive: boolean, entries: Entry[]): string {
  return `${progressive}\u0001${entries.map((entry) => `${entry.level}:${entry.id}:${entry.text}`).join('\u0001')}`;
}

/** Whether `a` and `b` list the same headings through the same links. */
export function sameTargets(a: Entry[], b: Entry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => entry.heading === b[index]!.heading && entry.link === b[index]!.link)
  );
}

/**
 * Whether the author's list (the element's children, `light`) comes with its own `<nav>`, as far
 * as the children alone tell: a server render cannot check that its links point at headings.
 */
export function authorListHasNav(light: LightNode | null): boolean {
  const isFragmentLink = (node: LightNode) =>
    node.localName === 'a' && (attributeOf(node, 'href') ?? '').startsWith('#');
  return light !== null && hasDescendant(light, 'nav') && findDescendant(light, isFragmentLink) !== null;
}

/** One entry per author link whose target exists, at the level of the heading it points to. */
export function entriesFromLinks(host: Element, links: HTMLAnchorElement[]): Entry[] {
  const entries: Entry[] = [];
  for (const link of links) {
    const id = fragmentOf(link)!;
    const heading = elementById(host, id);
    if (!(heading instanceof HTMLElement)) continue;
    const level = Number(/^h([1-6])$/i.exec(heading.localName)?.[1] ?? 2);
    entries.push({ heading, id, text: headingText(link), level, link });
  }
  return entries;
}

/**
 * One entry per visible heading of `article` within `levels`, outside `host`. A heading without
 * an id gets a unique, stable slug id; an existing id is never changed.
 */
export function entriesFromHeadings(
  host: Element,
  article: Element,
  levels: readonly [number, number],
): Entry[] {
  const [from, to] = levels;
  const selector = Array.from({ length: to - from + 1 }, (_, i) => `h${from + i}`).join(',');
  const root = article.getRootNode() as Document | ShadowRoot;
  const taken = new Set<string>();
  const entries: Entry[] = [];
  for (const heading of article.querySelectorAll<HTMLElement>(selector)) {
    if (host.contains(heading) || heading.closest('table-of-contents')) continue;
    // Only what is left out inside the article counts: a hidden tab panel around the whole
    // article is the page's business, and the list is ready when it shows.
    const excluded = heading.closest('[hidden], [aria-hidden="true"], [data-toc-ignore]');
    if (excluded && excluded !== article && article.contains(excluded)) continue;
    const text = headingText(heading);
    if (!text) continue;
    if (!heading.id) {
      heading.id = uniqueSlug(
        text,
        (candidate) => taken.has(candidate) || root.getElementById(candidate) !== null,
      );
    }
    taken.add(heading.id);
    entries.push({
      heading,
      id: heading.id,
      text,
      level: Number(heading.localName.slice(1)),
      link: undefined,
    });
  }
  return entries;
}
