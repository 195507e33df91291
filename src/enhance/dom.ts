/** Small DOM helpers shared by the recognisers. They move nodes; they never parse or build HTML. */

/** Where nothing is ever changed: code, editable regions, and anything the author opted out. */
const LEFT_ALONE = 'pre, code, [contenteditable], [data-no-enhance]';

/** True when `element` sits in (or is) a part of the page enhance() must leave as written. */
export function isLeftAlone(element: Element): boolean {
  return element.closest(LEFT_ALONE) !== null;
}

/** Every element matching `selector` inside `root` that is not in a left-alone region. */
export function candidates<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  if (root instanceof Element && root.matches(selector) && !isLeftAlone(root))
    found.push(root as unknown as E);
  for (const element of root.querySelectorAll<E>(selector)) {
    if (!isLeftAlone(element)) found.push(element);
  }
  return found;
}

/** A text node with nothing but white space, or a comment. */
export function isBlank(node: Node): boolean {
  if (node.nodeType === Node.COMMENT_NODE) return true;
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';
}

/** Blank nodes and `<br>`: what separates an image from a credit line in the same paragraph. */
export function isSeparator(node: Node): boolean {
  return isBlank(node) || (node instanceof Element && node.localName === 'br');
}

/** The child nodes that carry content (no white space, no comments). */
export function meaningfulChildren(parent: Node): ChildNode[] {
  return [...parent.childNodes].filter((node) => !isBlank(node));
}

/** The text of some nodes with white space collapsed. */
export function textOf(nodes: Iterable<Node>): string {
  let text = '';
  for (const node of nodes) text += node.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Creates an element in the document that owns `near`. */
export function create(near: Node, tag: string): HTMLElement {
  const doc = near.ownerDocument ?? (near as Document);
  return doc.createElement(tag);
}

/** Copies the named attributes that `from` has and `to` lacks. */
export function carryAttributes(from: Element, to: Element, names: readonly string[]): void {
  for (const name of names) {
    const value = from.getAttribute(name);
    if (value !== null && !to.hasAttribute(name)) to.setAttribute(name, value);
  }
}

/** Attributes an author sets on a block that still make sense on the element replacing it. */
export const AUTHOR_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title'] as const;

/** Attributes worth keeping when the block's classes belong to a renderer's own styles. */
export const IDENTITY_ATTRIBUTES = ['id', 'lang', 'dir'] as const;

/** Drops `<br>` and white space at the edges of `nodes` (what separated them from their neighbours); returns the nodes between. */
export function trimSeparators(nodes: Node[]): Node[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && isSeparator(nodes[start]!)) start++;
  while (end > start && isSeparator(nodes[end - 1]!)) end--;
  for (const node of [...nodes.slice(0, start), ...nodes.slice(end)])
    if (node instanceof Element) node.remove();
  return nodes.slice(start, end);
}

/** Removes leading white space from the first text node of `nodes` (a label's colon has gone, and the space after it). */
export function trimStart(nodes: Node[]): void {
  const first = nodes.find((node) => !isBlank(node) || node.nodeType === Node.TEXT_NODE);
  if (first?.nodeType === Node.TEXT_NODE) first.textContent = (first.textContent ?? '').replace(/^\s+/, '');
}

/** The next element sibling, provided only white space or comments lie between and it is not left alone. */
export function nextBlock(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && isBlank(node)) node = node.nextSibling;
  return node instanceof Element && !isLeftAlone(node) ? node : null;
}

/** An element is empty when it holds no text and no elements other than `<br>`. */
export function isEmpty(element: Element): boolean {
  return [...element.childNodes].every(isSeparator);
}
