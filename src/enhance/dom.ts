/**
 * Small DOM helpers shared by the recognisers. They move nodes; they never parse or build HTML.
 *
 * The recognisers run on the browser's DOM and on a server DOM in Node (enhance-html.ts), so
 * nothing here or in them uses the page's globals (`document`, `Node`, `Element`, `NodeFilter`,
 * `instanceof` checks against one realm's classes): nodes are told apart by `nodeType`, and new
 * elements come from the `ownerDocument` of the markup being upgraded.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

/** True for an element, in any DOM and any realm. */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** True for a text node, in any DOM and any realm. */
export function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === TEXT_NODE;
}

/** True for an element named `name` (lower case), e.g. `isTag(node, 'br')`. */
export function isTag(node: Node | null | undefined, name: string): node is Element {
  return isElement(node) && node.localName === name;
}

/** Every text node inside `node`, in document order. */
export function textNodes(node: Node): Text[] {
  const found: Text[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) found.push(child);
    else if (isElement(child)) found.push(...textNodes(child));
  }
  return found;
}

/**
 * Splits `text` at `offset` and returns the new node holding the rest, as `Text.splitText()`
 * does (which some server DOMs lack).
 */
export function splitText(text: Text, offset: number): Text {
  const rest = text.ownerDocument.createTextNode(text.data.slice(offset));
  text.data = text.data.slice(0, offset);
  text.parentNode?.insertBefore(rest, text.nextSibling);
  return rest;
}

/** The outermost ancestor of `node` (its document, shadow root or fragment, or a detached subtree's top). */
export function topOf(node: Node): Node {
  let top = node;
  while (top.parentNode) top = top.parentNode;
  return top;
}

/** Where nothing is ever changed: code, editable regions, and anything the author opted out. */
const LEFT_ALONE = 'pre, code, [contenteditable], [data-no-enhance]';

/** True when `element` sits in (or is) a part of the page enhance() must leave as written. */
export function isLeftAlone(element: Element): boolean {
  return element.closest(LEFT_ALONE) !== null;
}

/** Every element matching `selector` inside `root` that is not in a left-alone region. */
export function candidates<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  if (isElement(root) && root.matches(selector) && !isLeftAlone(root)) found.push(root as unknown as E);
  for (const element of root.querySelectorAll<E>(selector)) {
    if (!isLeftAlone(element)) found.push(element);
  }
  return found;
}

/** A text node with nothing but white space, or a comment. */
export function isBlank(node: Node): boolean {
  if (node.nodeType === COMMENT_NODE) return true;
  return isText(node) && node.data.trim() === '';
}

/** Blank nodes and `<br>`: what separates an image from a credit line in the same paragraph. */
export function isSeparator(node: Node): boolean {
  return isBlank(node) || isTag(node, 'br');
}

/** The child nodes that carry content (no white space, no comments). */
export function meaningfulChildren(parent: Node): ChildNode[] {
  return [...parent.childNodes].filter((node) => !isBlank(node));
}

/** The text of some nodes with white space collapsed. */
export function collapsedText(nodes: Iterable<Node>): string {
  let text = '';
  for (const node of nodes) text += node.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Creates an element in the document that owns `near` (never the page's `document`: in Node there is none). */
export function create(near: Node, tag: string): HTMLElement {
  const doc = near.nodeType === DOCUMENT_NODE ? (near as Document) : near.ownerDocument!;
  return doc.createElement(tag);
}

/** Creates `<tag slot="slot">` near `near`. */
export function createSlotted(near: Node, tag: string, slot: string): HTMLElement {
  const element = create(near, tag);
  element.setAttribute('slot', slot);
  return element;
}

/** Copies the named attributes that `from` has and `to` lacks. */
export function carryAttributes(from: Element, to: Element, names: readonly string[]): void {
  for (const name of names) {
    // hasAttribute first: some server DOMs answer getAttribute('class') with '' when it is absent.
    if (from.hasAttribute(name) && !to.hasAttribute(name)) to.setAttribute(name, from.getAttribute(name)!);
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
  for (const node of [...nodes.slice(0, start), ...nodes.slice(end)]) if (isElement(node)) node.remove();
  return nodes.slice(start, end);
}

/** Removes leading white space from the first text node of `nodes` (a label's colon has gone, and the space after it). */
export function trimStart(nodes: Node[]): void {
  const first = nodes.find((node) => !isBlank(node) || isText(node));
  if (isText(first)) first.data = first.data.replace(/^\s+/, '');
}

/** The next element sibling, provided only white space or comments lie between and it is not left alone. */
export function nextBlock(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && isBlank(node)) node = node.nextSibling;
  return isElement(node) && !isLeftAlone(node) ? node : null;
}

/** An element is empty when it holds no text and no elements other than `<br>`. */
export function isEmpty(element: Element): boolean {
  return [...element.childNodes].every(isSeparator);
}
