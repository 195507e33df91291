import { warnOnce } from './warn.js';

/** The closest ancestor matching `selector`, crossing shadow-root boundaries. */
function closestAcrossRoots(node: Element, selector: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The element with id `id` in the host's tree (its shadow root or document), or null. */
export function elementById(host: Element, id: string): Element | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? host.ownerDocument.getElementById(id);
}

/**
 * The part of the page an element reads (`<reading-progress>`, `<reading-time>`,
 * `<table-of-contents>`): the element whose id is in `for`, else the closest `article`, then
 * `main`, then `fallback` (the document's scrolling element or body). A `for` that names no
 * element warns once and falls back.
 */
export function resolveArticle(host: HTMLElement, forId: string | null | undefined, fallback: () => Element): Element {
  if (forId) {
    const target = elementById(host, forId);
    if (target) return target;
    warnOnce(host, 'for', forId, 'names no element on the page; using the surrounding article instead.');
  }
  return closestAcrossRoots(host, 'article') ?? closestAcrossRoots(host, 'main') ?? fallback();
}
