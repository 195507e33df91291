/**
 * reading-elements/ssr.js: renders the reading elements inside a string of HTML to declarative
 * shadow DOM with lit's server renderer, so a page shows its callouts, credits, chips and
 * meta line before any script runs, and the browser hydrates them without a change.
 *
 * Runs in Node (it needs `@lit-labs/ssr`). Everything else in the HTML is left exactly as
 * written: only the elements' own tags are replaced by their rendering.
 *
 * @example
 * import { renderElements } from 'reading-elements/ssr.js';
 * const page = renderElements('<pro-tip kind="warning"><p>Back up first.</p></pro-tip>', { lang: 'es' });
 */
import { parse, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import {
  CategoryChips,
  PhotoCredit,
  PostMeta,
  ProTip,
  ReadingProgress,
  ReadingTime,
  ShareButtons,
  TableOfContents,
} from './elements.js';
import type { LightNode } from './internal/light-dom.js';
import type { ServerContext } from './internal/server-context.js';
import { renderShell } from './ssr/render-shell.js';

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];
type ParsedParent = DefaultTreeAdapterMap['parentNode'];

export interface RenderElementsOptions {
  /**
   * The page's language, for elements with no `lang` on them or on an element around them in
   * `html`. Give the page's `<html lang>` when `html` is only part of the page, so the server
   * picks the strings the browser will pick. Default: `en`.
   */
  lang?: string;
}

/** Every tag this entry renders. */
export const SERVER_RENDERED_TAGS: readonly string[] = [
  ReadingProgress,
  ProTip,
  PhotoCredit,
  CategoryChips,
  ReadingTime,
  TableOfContents,
  ShareButtons,
  PostMeta,
].map((element) => element.tag);

const isElement = (node: ParsedNode): node is ParsedElement => 'tagName' in node;

const attribute = (element: ParsedElement, name: string): string | null =>
  element.attrs.find((attr) => attr.name === name)?.value ?? null;

function textOf(node: ParsedNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** A parsed node as the elements read their children (see internal/light-dom.ts). */
function lightView(node: ParsedNode): LightNode {
  const element = isElement(node) ? node : null;
  return {
    nodeType: element ? 1 : node.nodeName === '#text' ? 3 : 8,
    localName: element?.tagName,
    get textContent() {
      return textOf(node);
    },
    get childNodes() {
      return 'childNodes' in node ? node.childNodes.map(lightView) : [];
    },
    getAttribute: element ? (name: string) => attribute(element, name) : undefined,
  };
}

/** A declarative shadow root already written for this element (the HTML was rendered before). */
const hasServerRoot = (element: ParsedElement): boolean =>
  element.childNodes.some(
    (child) =>
      isElement(child) && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== null,
  );

/** A reading element to render, where it sits in the source, and those in its children. */
interface Target {
  element: ParsedElement;
  context: ServerContext;
  /** Source offsets: the whole element, and its children (between the start and end tags). */
  start: number;
  end: number;
  childrenStart: number;
  childrenEnd: number;
  inner: Target[];
}

/**
 * Finds every reading element not yet rendered, in source order and nested as in the HTML, and
 * gives each its context: the closest `lang` around it and its parsed children.
 */
function collect(html: string, defaultLang: string | undefined): Target[] {
  const document = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
  const root: ParsedParent = document
    ? parse(html, { sourceCodeLocationInfo: true })
    : parseFragment(html, { sourceCodeLocationInfo: true });
  const outermost: Target[] = [];
  const walk = (parent: ParsedParent, lang: string | undefined, into: Target[]): void => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      const own = attribute(child, 'lang');
      const here = own?.trim() ? own : lang;
      const location = child.sourceCodeLocation;
      let inner = into;
      if (location && SERVER_RENDERED_TAGS.includes(child.tagName) && !hasServerRoot(child)) {
        const startTag = location.startTag ?? location;
        const target: Target = {
          element: child,
          context: { lang: here, light: lightView(child) },
          start: location.startOffset,
          end: location.endOffset,
          childrenStart: startTag.endOffset,
          childrenEnd: location.endTag?.startOffset ?? location.endOffset,
          inner: [],
        };
        into.push(target);
        inner = target.inner;
      }
      // A <template>'s content is inert: its tags are not rendered by the browser either.
      if (child.tagName !== 'template') walk(child, here, inner);
    }
  };
  walk(root, defaultLang, outermost);
  return outermost;
}

/**
 * The element with its declarative shadow root, its children as written (those that are
 * reading elements rendered too), or undefined when lit could not render it.
 */
function renderTarget(html: string, target: Target): string | undefined {
  const { element } = target;
  const shell = renderShell(serializeOuter({ ...element, childNodes: [] }), element.tagName, target.context);
  if (!shell) return undefined;
  const children = renderRange(html, target.childrenStart, target.childrenEnd, target.inner);
  return shell.startTag + shell.shadowRoot + children + shell.endTag;
}

/** `html` from `start` to `end`, with the targets in it rendered. */
function renderRange(html: string, start: number, end: number, targets: Target[]): string {
  // Put together from pieces in one join: replacing each target in the whole string would copy
  // the page once per element.
  const pieces: string[] = [];
  let written = start;
  for (const target of targets) {
    const rendered = renderTarget(html, target);
    if (rendered === undefined) continue;
    pieces.push(html.slice(written, target.start), rendered);
    written = target.end;
  }
  pieces.push(html.slice(written, end));
  return pieces.join('');
}

/**
 * Renders every reading element in `html` into declarative shadow DOM
 * (`<template shadowrootmode="open">` inside the tag) and returns the HTML with nothing else
 * changed. `html` may be a whole document or a fragment. Synchronous.
 *
 * Bad input renders as the browser would render it: the element warns in the console and
 * renders what it can; attribute values are text, never markup. An element that cannot be
 * rendered is left as written (it renders in the browser) with a warning; this never throws.
 */
export function renderElements(html: string, options: RenderElementsOptions = {}): string {
  if (typeof html !== 'string') {
    console.warn(
      `reading-elements/ssr: renderElements() takes a string of HTML, not ${typeof html}; nothing rendered.`,
    );
    return '';
  }
  return renderRange(html, 0, html.length, collect(html, options.lang));
}
