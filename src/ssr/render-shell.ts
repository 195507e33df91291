/**
 * One reading element through lit's server renderer, without its children: the start tag as lit
 * writes it (with `server-rendered` and any reflected attribute), the declarative shadow root,
 * and the end tag. Both server renders use it: over HTML text (`ssr.ts`) and over the tree the
 * build has already parsed (`ssr/tree.ts`); each adds the element's children as they are.
 */
import { LitElementRenderer, html as serverTemplate, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import '../elements.js';
import { onLocaleRegistered } from '../internal/locale.js';
import { setServerContext, type ServerContext } from '../internal/server-context.js';
import { warningsIssued } from '../internal/warn.js';

/**
 * What the walk found around the element about to be rendered (renders are synchronous, so
 * one at a time). The first renderer lit creates takes it: that is the element itself; those
 * its own shadow root creates get none, as in the browser.
 */
let pendingContext: ServerContext | undefined;

/** lit's renderer, plus the hand-over of each element's language and children. */
class ReadingElementRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    if (pendingContext && this.element) setServerContext(this.element, pendingContext);
    pendingContext = undefined;
  }
}

/**
 * lit templates of the elements' start and end tags, by markup. Posts repeat the same few
 * (`<pro-tip kind="tip"></pro-tip>`), and lit prepares a template once per strings array, so
 * reuse saves most of its work; the bound keeps a long build's memory flat.
 */
const shellTemplates = new Map<string, TemplateStringsArray>();

function shellTemplate(markup: string) {
  let strings = shellTemplates.get(markup);
  if (!strings) {
    if (shellTemplates.size >= 1000) shellTemplates.clear();
    strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
    shellTemplates.set(markup, strings);
  }
  return serverTemplate(strings);
}

export interface RenderedShell {
  /** `<tag …>` as lit writes it. */
  startTag: string;
  /** `<template shadowrootmode="open">…</template>`, or '' when the element renders nothing. */
  shadowRoot: string;
  endTag: string;
}

/**
 * Shells already rendered, by language and markup, for elements whose render did not read their
 * children: such a shell depends on nothing else, and a post repeats the same callouts
 * (`<pro-tip kind="tip">`) dozens of times. Renders that warned are not kept, so every copy of a
 * bad element still warns. Bounded like the templates; emptied when a locale is registered.
 */
const shells = new Map<string, RenderedShell>();
// Strings a build registers (`registerLocale()`) change what later shells say.
onLocaleRegistered(() => shells.clear());

/**
 * Renders `markup` (the element's start and end tags, `<pro-tip kind="tip"></pro-tip>`) with
 * `context` as what it reads of its language and children. Undefined, with a warning, when lit
 * cannot render it: the element is then left for the browser.
 */
export function renderShell(
  markup: string,
  tagName: string,
  context: ServerContext,
): RenderedShell | undefined {
  const key = `${context.lang ?? ''}\u0000${markup}`;
  const known = shells.get(key);
  if (known) return known;
  let readChildren = false;
  const warnings = warningsIssued();
  let shell: string;
  pendingContext = {
    lang: context.lang,
    get light() {
      readChildren = true;
      return context.light;
    },
  };
  try {
    shell = collectResultSync(render(shellTemplate(markup), { elementRenderers: [ReadingElementRenderer] }));
  } catch (error) {
    console.warn(
      `reading-elements/ssr: <${tagName}> could not be rendered on the server ` +
        `(${error instanceof Error ? error.message : String(error)}); it is left for the browser to render.`,
    );
    return undefined;
  } finally {
    pendingContext = undefined;
  }
  // lit escapes `>` in attribute values, so the first one closes the start tag.
  const open = shell.indexOf('>') + 1;
  const close = shell.lastIndexOf(`</${tagName}>`);
  const rendered = {
    startTag: shell.slice(0, open),
    shadowRoot: shell.slice(open, close),
    endTag: shell.slice(close),
  };
  if (!readChildren && warningsIssued() === warnings) {
    if (shells.size >= 1000) shells.clear();
    shells.set(key, rendered);
  }
  return rendered;
}
