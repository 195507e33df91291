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
import { LitElementRenderer, html as serverTemplate, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
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
import { setServerContext, type ServerContext } from './internal/server-context.js';

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

/**
 * Ties a tag in the HTML handed to lit to what the walk found around it. lit SSR reads the
 * attributes of a tag before the element renders; this one never reaches the output.
 */
const CONTEXT_ATTRIBUTE = 'reading-elements-server-context';

/** The contexts of the render running now (renders are synchronous, so one at a time). */
let contexts: Map<string, ServerContext> | undefined;

/** lit's renderer, plus the hand-over of each element's language and children. */
class ReadingElementRenderer extends LitElementRenderer {
  override setAttribute(name: string, value: string): void {
    if (name !== CONTEXT_ATTRIBUTE) return super.setAttribute(name, value);
    const context = contexts?.get(value);
    if (context && this.element) setServerContext(this.element, context);
  }
}

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

interface Target {
  element: ParsedElement;
  start: number;
  end: number;
}

/**
 * Finds the outermost reading elements (those inside them render along with them), and gives
 * every reading element its context: the closest `lang` around it and its parsed children.
 */
function collect(
  html: string,
  defaultLang: string | undefined,
): { targets: Target[]; found: Map<string, ServerContext> } {
  const document = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
  const root: ParsedParent = document
    ? parse(html, { sourceCodeLocationInfo: true })
    : parseFragment(html, { sourceCodeLocationInfo: true });
  const targets: Target[] = [];
  const found = new Map<string, ServerContext>();
  const walk = (parent: ParsedParent, lang: string | undefined, inside: boolean): void => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      const own = attribute(child, 'lang');
      const here = own?.trim() ? own : lang;
      const ours = SERVER_RENDERED_TAGS.includes(child.tagName) && !hasServerRoot(child);
      if (ours) {
        const id = String(found.size);
        found.set(id, { lang: here, light: lightView(child) });
        child.attrs.push({ name: CONTEXT_ATTRIBUTE, value: id });
        const location = child.sourceCodeLocation;
        if (!inside && location)
          targets.push({ element: child, start: location.startOffset, end: location.endOffset });
      }
      // A <template>'s content is inert: its tags are not rendered by the browser either.
      if (child.tagName !== 'template') walk(child, here, inside || ours);
    }
  };
  walk(root, defaultLang, false);
  return { targets, found };
}

/** A template lit renders as it is: the element's own markup, no bindings. */
function templateOf(markup: string) {
  return serverTemplate(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);
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
  const { targets, found } = collect(html, options.lang);
  let output = html;
  contexts = found;
  try {
    // From the end, so the offsets of the earlier targets stay valid.
    for (const target of targets.reverse()) {
      let rendered: string;
      try {
        rendered = collectResultSync(
          render(templateOf(serializeOuter(target.element)), {
            elementRenderers: [ReadingElementRenderer],
          }),
        );
      } catch (error) {
        console.warn(
          `reading-elements/ssr: <${target.element.tagName}> could not be rendered on the server ` +
            `(${error instanceof Error ? error.message : String(error)}); it is left for the browser to render.`,
        );
        continue;
      }
      output = output.slice(0, target.start) + rendered + output.slice(target.end);
    }
  } finally {
    contexts = undefined;
  }
  return output;
}
