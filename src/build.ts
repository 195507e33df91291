/**
 * reading-elements/build.js: posts in the seed's format (YAML frontmatter + markdown) to finished
 * articles at build time, in Node. `renderArticle()` returns the article and its parts;
 * `renderPage()` puts them in a standalone page. The CLI (`reading-elements render`) uses both.
 */
import { loadShadowDom } from './build/shadow-dom.js';

// The server renderer behind `declarativeShadowDom` is loaded when this entry is, not with the library.
await loadShadowDom();

export { renderArticle } from './build/render-article.js';
export type { ArticleWarning, RenderArticleOptions, RenderedArticle } from './build/render-article.js';
export { renderPage, DEFAULT_TEMPLATE } from './build/page.js';
export type { PageOptions } from './build/page.js';
export type { ArticleCategory, ArticleFields } from './build/fields.js';
export type { ImageOptions, ImageSize } from './build/images.js';
export type { Heading } from './build/markdown.js';
