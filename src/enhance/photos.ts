/**
 * Photos → `<photo-credit>`: an image (alone in a paragraph, in a link, or in a `<figure>`)
 * followed by, or captioned with, a credit line ("Photo by … on …", "Image: …", "Credit: …",
 * "Source: …", and their equivalents in the shipped languages).
 *
 * The image node itself moves into the new element (it keeps its loaded state; a link around
 * it stays around it), and the credit line's nodes move, as written, into `<span slot="credit">`.
 */
import { SHIPPED_LANGUAGES } from '../internal/locale.js';
import { templatePattern } from '../photo-credit/parse-credit.js';
import { strings } from '../photo-credit/photo-credit.strings.js';
import { wordsBeforeColon, wordsBeforeName } from './photos.strings.js';
import {
  AUTHOR_ATTRIBUTES,
  candidates,
  carryAttributes,
  create,
  createSlotted,
  isElement,
  isSeparator,
  isTag,
  isText,
  meaningfulChildren,
  nextBlock,
  splitText,
  collapsedText,
  trimSeparators,
} from './dom.js';
import type { EnhanceOptions, EnhanceRoot } from './types.js';

/** Longer than this, a paragraph is prose, not a credit line. */
const MAX_CREDIT = 300;

/** The `<photo-credit>` strings whose wording is a credit line. */
const CREDIT_TEMPLATES = [
  'photo-credit.photo-by',
  'photo-credit.photo-by-author',
  'photo-credit.photo-via',
] as const;

export interface CreditVocabulary {
  /** "Photo by {author} on {source}", "Photo by {author}", "Photo via {source}", in every shipped language. */
  templates: string[];
  /** The words that open a credit line before a colon, in every shipped language, lower case. */
  beforeColon: string[];
  /** The words that open a credit line right before a name, lower case. */
  beforeName: string[];
}

/**
 * Every wording a credit line is recognised by, and where each comes from: the templates are
 * `<photo-credit>`'s own strings (what it shows for a credit), the opening words are
 * photos.strings.ts. Besides these, only the language-neutral `©` and `(c)`.
 */
export function creditVocabulary(): CreditVocabulary {
  const templates = new Set<string>();
  for (const key of CREDIT_TEMPLATES)
    for (const lang of SHIPPED_LANGUAGES) {
      const template = strings[lang]?.[key];
      if (template) templates.add(template);
    }
  const words = (table: Record<string, readonly string[]>) => [
    ...new Set(SHIPPED_LANGUAGES.flatMap((lang) => table[lang] ?? []).map((word) => word.toLowerCase())),
  ];
  return {
    templates: [...templates],
    beforeColon: words(wordsBeforeColon),
    beforeName: words(wordsBeforeName),
  };
}

let patterns: RegExp[] | undefined;

function creditPatterns(): RegExp[] {
  if (patterns) return patterns;
  const { templates, beforeColon, beforeName } = creditVocabulary();
  const list: RegExp[] = [];
  for (const template of templates) {
    const pattern = templatePattern(template);
    if (pattern) list.push(pattern);
  }
  const alternatives = (words: string[]) => words.map((word) => word.replace(/\s+/g, '\\s+')).join('|');
  list.push(new RegExp(`^(?:${alternatives(beforeColon)})\\s*[:：]\\s*\\S`, 'iu'));
  list.push(new RegExp(`^(?:©|\\(c\\)|(?:${alternatives(beforeName)})\\s)\\s*\\S`, 'iu'));
  return (patterns = list);
}

/** True when `text` reads as a credit line. */
export function isCreditLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '' || line.length > MAX_CREDIT) return false;
  return creditPatterns().some((pattern) => pattern.test(line));
}

const IMAGE = 'img, picture';

/** True when none of `nodes` holds an image (a second image makes it a gallery, not a credit). */
function noImages(nodes: Node[]): boolean {
  return nodes.every((node) => !isElement(node) || (!node.matches(IMAGE) && !node.querySelector(IMAGE)));
}

/** The image as a unit: the `<img>`, its `<picture>`, and a link wrapping only that. */
function imageUnit(img: Element): Element {
  let unit = img.parentElement?.localName === 'picture' ? img.parentElement : img;
  const parent = unit.parentElement;
  if (parent?.localName === 'a' && meaningfulChildren(parent).length === 1) unit = parent;
  return unit;
}

function photoCredit(from: Element, options: EnhanceOptions): HTMLElement {
  const element = create(from, 'photo-credit');
  if (options.referral) element.setAttribute('referral', options.referral);
  if (options.zoomable) element.setAttribute('zoomable', '');
  return element;
}

const BLOCK = 'address, blockquote, div, dl, figure, h1, h2, h3, h4, h5, h6, hr, ol, p, pre, table, ul';

/** A `<span>` (or a `<div>` when the nodes include blocks) in `slot`, holding `nodes` (moved). */
function slotted(near: Element, slot: string, nodes: Node[]): HTMLElement {
  const hasBlocks = nodes.some((node) => isElement(node) && node.matches(BLOCK));
  const span = createSlotted(near, hasBlocks ? 'div' : 'span', slot);
  span.append(...nodes);
  return span;
}

/**
 * The paragraph that may hold the credit line after an image: the next `<p>`, or the only `<p>` of
 * the next `<blockquote>` (`> Photo by …`, as course material and older blogs write credits).
 */
function creditParagraph(block: Element): Element | null {
  if (block.localName === 'p') return block;
  const inner = meaningfulChildren(block);
  return block.localName === 'blockquote' && inner.length === 1 && isTag(inner[0], 'p') ? inner[0] : null;
}

/**
 * `<p><img></p><p><em>Photo by …</em></p>`, `<p><img>\n<em>Photo by …</em></p>`, a bare image
 * then a credit paragraph, or a `<figure>` without a caption then a credit paragraph.
 */
function fromParagraph(unit: Element, options: EnhanceOptions): HTMLElement | null {
  const parent = unit.parentElement;
  const block = parent?.matches('p, figure') ? parent : unit;
  if (!block.parentNode) return null;
  let credit: Node[] = [];
  let creditBlock: Element | null = null;
  if (block !== unit) {
    const nodes = [...block.childNodes];
    const at = nodes.indexOf(unit as ChildNode);
    if (!nodes.slice(0, at).every(isSeparator)) return null;
    credit = nodes.slice(at + 1);
    // The credit line must end the paragraph: a line break and more text after it is prose.
    const lines = credit
      .map((node) => (isTag(node, 'br') ? '\n' : isElement(node) ? 'x' : isText(node) ? node.data : ''))
      .join('');
    if (/\S[^\S\n]*\n\s*\S/.test(lines)) return null;
  }
  if (collapsedText(credit) === '' && noImages(credit)) {
    creditBlock = nextBlock(block);
    const line = creditBlock && creditParagraph(creditBlock);
    if (!line) return null;
    credit = [...line.childNodes];
  }
  if (!noImages(credit) || !isCreditLine(collapsedText(credit))) return null;
  const element = photoCredit(block, options);
  if (block !== unit) carryAttributes(block, element, AUTHOR_ATTRIBUTES);
  // Built complete before it enters the page, so it upgrades with its image in place.
  const marker = create(block, 'span');
  block.parentNode!.insertBefore(marker, block);
  element.append(unit);
  element.append(slotted(block, 'credit', creditBlock ? credit : trimSeparators(credit)));
  marker.replaceWith(element);
  if (block !== unit) block.remove();
  creditBlock?.remove();
  return element;
}

/** Where in `nodes` a trailing credit line starts: a node boundary, or a sentence end inside a text node (split there). */
function creditStart(nodes: Node[]): number {
  for (let i = 0; i < nodes.length; i++) {
    const rest = nodes.slice(i + 1);
    const node = nodes[i]!;
    if (isCreditLine(collapsedText(nodes.slice(i)))) return i;
    if (!isText(node)) continue;
    const text = node.data;
    for (const match of text.matchAll(/(?:[.!?。！？]|\s[—–|·-])\s*/gu)) {
      const at = match.index + match[0].length;
      if (at >= text.length) continue;
      if (isCreditLine(`${text.slice(at)} ${collapsedText(rest)}`)) {
        splitText(node, at);
        return i + 1;
      }
    }
  }
  return -1;
}

/** `<figure><img><figcaption>[caption] Photo by …</figcaption></figure>`. */
function fromFigure(unit: Element, options: EnhanceOptions): HTMLElement | null {
  const figure = unit.parentElement!;
  const parts = meaningfulChildren(figure);
  const caption = parts.find((node): node is Element => isTag(node, 'figcaption'));
  if (!caption || parts.length !== 2 || !parts.includes(unit as ChildNode) || !figure.parentNode) return null;
  const nodes = [...caption.childNodes];
  if (!noImages(nodes)) return null;
  const start = creditStart(nodes);
  if (start < 0) return null;
  // A split text node adds one node right after the one it split, where the credit starts.
  const all = [...caption.childNodes];
  const text = trimSeparators(all.slice(0, start));
  const credit = trimSeparators(all.slice(start));
  const element = photoCredit(figure, options);
  carryAttributes(figure, element, AUTHOR_ATTRIBUTES);
  element.append(unit);
  if (collapsedText(text) !== '' || !noImages(text)) element.append(slotted(figure, 'caption', text));
  element.append(slotted(figure, 'credit', credit));
  figure.replaceWith(element);
  return element;
}

/** Converts every image with a credit line in `root`; returns how many it converted. */
export function enhancePhotos(root: EnhanceRoot, options: EnhanceOptions): number {
  let count = 0;
  for (const img of candidates(root, 'img')) {
    if (!img.parentNode || img.closest('photo-credit')) continue;
    const unit = imageUnit(img);
    const created =
      (unit.parentElement?.localName === 'figure' && fromFigure(unit, options)) ||
      fromParagraph(unit, options);
    if (created) count++;
  }
  return count;
}
