/**
 * A complete standalone page around a rendered article. The default template is a plain,
 * readable blog page (light and dark); pass your own with `{{name}}` slots to change it.
 */
import { escapeHtml } from './html.js';
import type { RenderedArticle } from './render-article.js';

export interface PageOptions {
  /** URL of `reading-elements.css`. */
  css: string;
  /**
   * URL of the CDN bundle: `cdn/reading-elements-hydrate.js` when the article has declarative
   * shadow roots (`article.shadowDom`), else `cdn/reading-elements.js`.
   */
  script: string;
  /** Your own template. Slots: `{{lang}}`, `{{title}}`, `{{head}}`, `{{css}}`, `{{script}}`, `{{contents}}`, `{{article}}`, and each part (`{{header}}`, `{{hero}}`, `{{body}}`, `{{share}}`). */
  template?: string;
}

/** The default page: contents beside the article on wide screens, above it on narrow ones. */
export const DEFAULT_TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {{head}}
    <link rel="stylesheet" href="{{css}}">
    <style>
      :root { color-scheme: light dark; font-family: Georgia, 'Noto Serif', serif; line-height: 1.65;
        background: light-dark(#fdfcfa, #14161a); color: light-dark(#1f2328, #e6e8eb); }
      body { margin: 0; }
      a { color: light-dark(#0b57d0, #8ab4f8); }
      .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2.5rem; max-width: 72rem;
        margin: 0 auto; padding: 2rem 1.25rem 4rem; }
      article { max-width: 42rem; font-size: 1.125rem; }
      article h1 { font-size: clamp(1.9rem, 4vw, 2.6rem); line-height: 1.2; margin: 0.5rem 0 1rem; }
      article h2 { margin-top: 2.5rem; line-height: 1.3; }
      article img { max-width: 100%; height: auto; display: block; }
      .article-hero { margin-block: 1.5rem; }
      .article-lede { font-size: 1.2rem; }
      table-of-contents { font-family: system-ui, sans-serif; font-size: 0.95rem; }
      .contents { padding-bottom: 1rem; border-bottom: 1px solid light-dark(#e5e2dc, #2c3036); }
      @media (min-width: 64rem) {
        .layout { grid-template-columns: 15rem minmax(0, 42rem); justify-content: center; }
        .contents { padding: 0; border: 0; }
        .contents table-of-contents { position: sticky; top: 1.5rem; }
      }
    </style>
    <script type="module" src="{{script}}"></script>
  </head>
  <body>
    <div class="layout">
      <div class="contents">{{contents}}</div>
      <main>{{article}}</main>
    </div>
  </body>
</html>
`;

/** The article in a page: slots filled once each, from left to right, so article text can never fill a slot. */
export function renderPage(article: RenderedArticle, options: PageOptions): string {
  const values: Record<string, string> = {
    lang: escapeHtml(article.lang),
    title: escapeHtml(article.title),
    head: article.head,
    css: escapeHtml(options.css),
    script: escapeHtml(options.script),
    contents: article.contents,
    article: article.article,
    header: article.header,
    hero: article.hero,
    body: article.body,
    share: article.share,
  };
  return (options.template ?? DEFAULT_TEMPLATE).replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
}
