import type { LightNode } from './light-dom.js';

/**
 * Host attribute every server-rendered element carries (written during the server render), so
 * style sheets can tell it from an element still waiting for its definition.
 */
export const SERVER_RENDERED = 'server-rendered';

/** What a server render knows about an element beyond its attributes. */
export interface ServerContext {
  /** The closest `lang` around the element in the rendered HTML, or the render's `lang` option. */
  lang?: string;
  /** The element's children, parsed. */
  light?: LightNode;
}

const contexts = new WeakMap<object, ServerContext>();

/** Called by `reading-elements/ssr.js` before an element renders on the server. */
export function setServerContext(element: object, context: ServerContext): void {
  contexts.set(element, context);
}

export function serverContextOf(element: object): ServerContext | undefined {
  return contexts.get(element);
}
