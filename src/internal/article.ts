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

/**
 * The element with id `id`, looked up in the host's own tree first, then in each tree around it
 * (an element rendered inside another component's shadow root still finds that component's ids).
 */
export function elementById(host: Element, id: string): Element | null {
  let node: Node = host;
  for (;;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id);
    if (found) return found;
    if (!(root instanceof ShadowRoot)) return null;
    node = root.host;
  }
}

/**
 * The part of the page an element reads (`<reading-progress>`, `<reading-time>`,
 * `<table-of-contents>`): the element whose id is in `for`, else the closest `article`, then
 * `main`, then `fallback` (the document's scrolling element or body). A `for` that names no
 * element warns once and falls back.
 */
export function resolveArticle(
  host: HTMLElement,
  forId: string | null | undefined,
  fallback: () => Element,
): Element {
  if (forId) {
    const target = elementById(host, forId);
    if (target) return target;
    warnOnce(
      host,
      'for',
      forId,
      'names no element on the page; using the closest article, then main, then the document instead.',
    );
  }
  return closestAcrossRoots(host, 'article') ?? closestAcrossRoots(host, 'main') ?? fallback();
}
