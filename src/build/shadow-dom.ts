/**
 * Declarative shadow DOM for built pages, through `reading-elements/ssr.js`. `@lit-labs/ssr` is
 * an optional peer dependency, so it is imported only when a build entry starts
 * (`loadShadowDom()`), and a build without it writes the page as before, with one warning.
 */
import { serializeChildren } from '../enhance/html-tree.js';

type RenderElements = (html: string, options?: { lang?: string }) => string;
type SerializeWithShadowRoots = (root: ParentNode, lang: string | undefined) => string;
interface ServerRenderer {
  renderElements: RenderElements;
  serializeWithShadowRoots?: SerializeWithShadowRoots;
}

let renderElements: RenderElements | undefined;
let serializeWithShadowRoots: SerializeWithShadowRoots | undefined;
let missing: string | undefined;
let attempted = false;
let warned = false;
let loading: Promise<boolean> | undefined;

/** Imports the server renderer once; remembers why when it cannot. Never rejects. */
export async function loadShadowDom(
  load: () => Promise<ServerRenderer> = () => import('../ssr/tree.js'),
): Promise<boolean> {
  attempted = true;
  try {
    ({ renderElements, serializeWithShadowRoots } = await load());
    missing = undefined;
  } catch (error) {
    renderElements = undefined;
    serializeWithShadowRoots = undefined;
    warned = false;
    missing = (error as Error)?.message ?? String(error);
  }
  return renderElements !== undefined;
}

/**
 * The server renderer, loaded on first call only: for the plugins, whose entries must not load
 * lit's server renderer (and its DOM shim's globals) into a build that never asks for it.
 */
export function loadShadowDomOnce(): Promise<boolean> {
  loading ??= loadShadowDom();
  return loading;
}

function warnMissing(): void {
  if (warned) return;
  warned = true;
  if (!attempted) {
    console.warn(
      'reading-elements: declarativeShadowDom is on, but the server renderer was not loaded; ' +
        'call `await loadServerRenderer()` (reading-elements/markdown-it.js) once before rendering. ' +
        'Pages are written without declarative shadow DOM until then.',
    );
    return;
  }
  console.warn(
    'reading-elements: declarativeShadowDom is on, but @lit-labs/ssr cannot be loaded' +
      (missing ? ` (${missing.split('\n')[0]})` : '') +
      '; pages are written without declarative shadow DOM and render when the script runs. ' +
      'Install @lit-labs/ssr, or turn the option off (declarativeShadowDom: false, CLI --no-shadow-dom).',
  );
}

/**
 * `html` with each reading element's declarative shadow root written in, or `html` unchanged
 * (and one warning for the whole run) when the server renderer is not installed.
 */
export function withShadowDom(html: string, lang: string): { html: string; rendered: boolean } {
  if (!renderElements) {
    warnMissing();
    return { html, rendered: false };
  }
  return { html: renderElements(html, { lang }), rendered: true };
}

/** The same for a tree already parsed (`enhance/html-tree.ts`): its children's HTML, with shadow roots. */
export function serializeWithShadowDom(root: ParentNode, lang: string): { html: string; rendered: boolean } {
  if (serializeWithShadowRoots) return { html: serializeWithShadowRoots(root, lang), rendered: true };
  return withShadowDom(serializeChildren(root), lang);
}
