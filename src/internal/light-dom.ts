/**
 * The part of the DOM an element reads from its own children. In the browser this is the
 * element itself; during a server render through `reading-elements/ssr.js` it is a read-only view
 * of the parsed HTML between the element's tags, so the element renders the same either way.
 */
export interface LightNode {
  /** 1 for an element, 3 for text; anything else (comments) is skipped. */
  readonly nodeType: number;
  /** Elements only: the tag name, lower case. */
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes: Iterable<LightNode>;
  /** Elements only. */
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

export const isElement = (node: LightNode): boolean => node.nodeType === ELEMENT;

/** The element children of `node`, in order. */
export function childElements(node: LightNode): LightNode[] {
  return [...node.childNodes].filter(isElement);
}

/** An attribute of a view node; null for text and for a missing attribute. */
export const attributeOf = (node: LightNode, name: string): string | null =>
  node.getAttribute?.(name) ?? null;

/** Whether `node` holds an element or text that is not only white space. */
export function hasContent(node: LightNode): boolean {
  return [...node.childNodes].some(
    (child) => child.nodeType === ELEMENT || (child.nodeType === TEXT && child.textContent!.trim() !== ''),
  );
}

/** The children that go to slot `name` (`''`: the default slot). */
export function slotChildren(node: LightNode, name: string): LightNode[] {
  return [...node.childNodes].filter((child) =>
    child.nodeType === ELEMENT ? (attributeOf(child, 'slot') ?? '') === name : name === '',
  );
}

/** Whether an element named `tag` is anywhere inside `node`. */
export function hasDescendant(node: LightNode, tag: string): boolean {
  return childElements(node).some((child) => child.localName === tag || hasDescendant(child, tag));
}

/** The first element inside `node` (depth first) that `test` accepts, with the elements around it. */
export function findDescendant(
  node: LightNode,
  test: (element: LightNode) => boolean,
  around: LightNode[] = [],
): { element: LightNode; ancestors: LightNode[] } | null {
  for (const child of childElements(node)) {
    if (test(child)) return { element: child, ancestors: around };
    const found = findDescendant(child, test, [...around, child]);
    if (found) return found;
  }
  return null;
}
