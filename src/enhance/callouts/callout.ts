/**
 * Builds the `<pro-tip>` for a recognised block: the author's label node moves into it as
 * `slot="label"` (only its trailing colon is dropped) and the remaining nodes move into its
 * body; nothing is copied.
 */
import type { ProTipKind } from '../../pro-tip/pro-tip.kinds.js';
import {
  carryAttributes,
  collapsedText,
  create,
  createSlotted,
  IDENTITY_ATTRIBUTES,
  isElement,
  isEmpty,
  isTag,
  isText,
  meaningfulChildren,
  trimSeparators,
  trimStart,
} from '../dom.js';

/** The new callout, with the block's attributes worth keeping. */
export function callout(from: Element, kind: ProTipKind, keep: readonly string[]): HTMLElement {
  const element = create(from, 'pro-tip');
  element.setAttribute('kind', kind);
  carryAttributes(from, element, keep);
  return element;
}

/** A `<span slot="label">` holding `nodes` (moved), or null when they hold no text. */
export function labelSpan(near: Element, nodes: Node[]): HTMLElement | null {
  if (collapsedText(nodes) === '') return null;
  const span = createSlotted(near, 'span', 'label');
  span.append(...nodes);
  trimStart([...span.childNodes]);
  const last = span.lastChild;
  if (isText(last)) last.data = last.data.replace(/\s+$/, '');
  return span;
}

/** Removes `<br>` and white space at the edges of `paragraph`, and the paragraph itself when nothing is left. */
export function tidyOpening(paragraph: Element): void {
  trimSeparators([...paragraph.childNodes]);
  trimStart([...paragraph.childNodes]);
  if (isEmpty(paragraph)) paragraph.remove();
}

/** The first child of `block` that carries content, when it is a `<p>`. */
export function openingParagraph(block: Element): Element | null {
  const first = meaningfulChildren(block)[0];
  return isTag(first, 'p') ? first : null;
}

/** The title's nodes without the renderer's icon. */
function titleNodes(title: Element): Node[] {
  for (const icon of title.querySelectorAll('svg, [class*="icon" i]'))
    if (collapsedText([icon]) === '') icon.remove();
  // Docusaurus 2 wraps the title in an <h5> inside the heading <div>.
  const only = meaningfulChildren(title);
  const inner =
    only.length === 1 && isElement(only[0]) && /^h[1-6]$/.test(only[0].localName) ? only[0] : title;
  return [...inner.childNodes];
}

/**
 * A renderer's callout: its title becomes the label (the nodes of `labelFrom`, the title itself
 * unless it wraps the words with icons beside them), its content the body, its icons are dropped.
 */
export function fromRendered(
  block: Element,
  kind: ProTipKind,
  title: Element | null,
  content: Element | null,
  labelFrom: Element | null = title,
): HTMLElement {
  const element = callout(block, kind, IDENTITY_ATTRIBUTES);
  const label = labelFrom ? labelSpan(block, titleNodes(labelFrom)) : null;
  if (label) {
    // Docusaurus writes its default titles in lower case and shows them in capitals.
    if (
      block.matches('.theme-admonition, .admonition') &&
      label.textContent === label.textContent?.toLowerCase()
    ) {
      label.setAttribute('style', 'text-transform: uppercase');
    }
    element.append(label);
  }
  title?.remove();
  if (content) {
    element.append(...content.childNodes);
    content.remove();
  }
  element.append(...block.childNodes);
  block.replaceWith(element);
  return element;
}
