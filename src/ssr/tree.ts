/**
 * Declarative shadow DOM written while serializing a tree the build has already parsed and
 * upgraded (`enhance/html-tree.ts`), so a built page is parsed once rather than once more to
 * find its elements. Loaded by `build/shadow-dom.ts` only when `@lit-labs/ssr` is installed.
 */
import { emptyElementHtml, serializeChildren } from '../enhance/html-tree.js';
import type { LightNode } from '../internal/light-dom.js';
import { SERVER_RENDERED_TAGS } from '../ssr.js';
import { renderShell } from './render-shell.js';

export { renderElements } from '../ssr.js';

const SELECTOR = SERVER_RENDERED_TAGS.join(',');

/** The closest `lang` on `element` or around it, else `fallback` (as the text path reads it). */
function closestLang(element: Element, fallback: string | undefined): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const own = node.getAttribute('lang');
    if (own?.trim()) return own;
  }
  return fallback;
}

/** A declarative shadow root already written for this element (the HTML was rendered before). */
const hasServerRoot = (element: Element): boolean =>
  [...element.children].some(
    (child) => child.localName === 'template' && child.hasAttribute('shadowrootmode'),
  );

/**
 * The HTML of `root`'s children with every reading element's declarative shadow root written
 * in; the same text `renderElements()` gives for the serialized tree. The tree is left as it was.
 */
export function serializeWithShadowRoots(root: ParentNode, lang: string | undefined): string {
  const rendered: { element: Element; markup: string }[] = [];
  for (const element of root.querySelectorAll(SELECTOR)) {
    if (hasServerRoot(element) || element.parentElement?.closest('template')) continue;
    const light = element as unknown as LightNode;
    const shell = renderShell(emptyElementHtml(element), element.localName, {
      lang: closestLang(element, lang),
      light,
    });
    if (shell) rendered.push({ element, markup: shell.startTag + shell.shadowRoot });
  }
  if (!rendered.length) return serializeChildren(root);
  // Each rendered element is framed by two comments the serializer writes as they are, in tree
  // order; the text from the first to the second (the start tag) is then replaced by lit's start
  // tag and shadow root. The random prefix cannot be in the author's text.
  const prefix = `re-${Math.random().toString(36).slice(2, 12)}`;
  const frames = rendered.map(({ element }, index) => {
    const document = element.ownerDocument;
    const before = document.createComment(`${prefix}:${index}`);
    const after = document.createComment(`${prefix}:${index}:`);
    element.before(before);
    element.prepend(after);
    return [before, after];
  });
  try {
    const html = serializeChildren(root);
    const pieces: string[] = [];
    let written = 0;
    rendered.forEach(({ markup }, index) => {
      const before = html.indexOf(`<!--${prefix}:${index}-->`, written);
      const after = `<!--${prefix}:${index}:-->`;
      const end = html.indexOf(after, before) + after.length;
      pieces.push(html.slice(written, before), markup);
      written = end;
    });
    pieces.push(html.slice(written));
    return pieces.join('');
  } finally {
    for (const frame of frames) for (const comment of frame) comment.remove();
  }
}
