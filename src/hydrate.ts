/**
 * Every element, registered after lit's hydrate support: for pages whose elements were rendered
 * on the server (`reading-elements/ssr.js`). The hydrate support must run before lit defines
 * any element, so this module imports it first; the CDN build of this entry is
 * dist/cdn/reading-elements-hydrate.js.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './elements.js';
