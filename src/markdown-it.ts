/**
 * reading-elements/markdown-it.js: a markdown-it plugin (Eleventy, VitePress, any markdown-it
 * pipeline). It adds GitHub alerts, `:::tip` directives and image sizes, and passes every
 * rendered page through the recognisers of `enhance()` (callouts → `<pro-tip>`, credited photos
 * → `<photo-credit>`, the progress container → `<reading-progress>`), so the HTML it returns
 * already holds the elements.
 *
 * @example
 *   import markdownIt from 'markdown-it';
 *   import readingElements from 'reading-elements/markdown-it.js';
 *   const md = markdownIt({ html: true }).use(readingElements, { referral: 'my_blog' });
 */
/// <reference types="node" />
import { dirname } from 'node:path';
import type MarkdownIt from 'markdown-it';
import { postSyntax } from './build/markdown.js';
import { renderFrontmatter } from './build/render-article.js';
import type { ImageOptions } from './build/images.js';
import { loadShadowDom, withShadowDom } from './build/shadow-dom.js';
import { enhanceHtml } from './enhance-html.js';
import type { EnhanceOptions } from './enhance/types.js';

export interface MarkdownItReadingElementsOptions extends EnhanceOptions {
  /** Where local images are measured and which remote ones are replaced (see `reading-elements/build.js`). */
  images?: ImageOptions;
  /**
   * Put the header, hero photo and share buttons written from the frontmatter around the body.
   * The frontmatter is read from the render's env, where Eleventy puts the page's data. Default false.
   */
  header?: boolean;
  /** Category links for the header, e.g. `/category/{slug}`. */
  hrefTemplate?: string;
  /**
   * Write each element's declarative shadow root into the HTML (needs `@lit-labs/ssr`; see
   * docs/build-time.md), so the page paints complete before any script runs. Default false.
   */
  declarativeShadowDom?: boolean;
  /** The page's language, for the shadow roots, when neither the frontmatter nor the env names one. Default `en`. */
  lang?: string;
}

// The server renderer behind `declarativeShadowDom` is loaded when this entry is.
await loadShadowDom();

type Markdown = InstanceType<typeof MarkdownIt>;

/** The plugin: `md.use(readingElements, options)`. */
export default function readingElements(md: Markdown, options: MarkdownItReadingElementsOptions = {}): void {
  const {
    images = {},
    header = false,
    hrefTemplate,
    declarativeShadowDom = false,
    lang,
    ...enhanceOptions
  } = options;
  // Rendering is synchronous: the image rule reads the options of the render under way.
  const current: ImageOptions = { ...images };
  postSyntax(md, current);
  const render = md.render.bind(md);
  md.render = (source, env) => {
    // Eleventy passes the page's data as the env: its input path names the file in warnings,
    // and relative images are measured next to it.
    const page = env?.['page'] as { inputPath?: unknown } | undefined;
    const file = typeof page?.inputPath === 'string' ? page.inputPath : undefined;
    current.baseDir = images.baseDir ?? (file ? dirname(file) : undefined);
    const body = enhanceHtml(render(source, env), { ...enhanceOptions, source: file }).html;
    const parts =
      header && env
        ? renderFrontmatter(env, {
            file,
            hrefTemplate,
            images: current,
            referral: enhanceOptions.referral,
            zoomable: enhanceOptions.zoomable,
            onWarning: (warning) =>
              console.warn(`reading-elements: ${warning.file}: ${warning.field} ${warning.message}`),
          })
        : undefined;
    const html = parts ? parts.header + parts.hero + body + parts.share : body;
    if (!declarativeShadowDom) return html;
    const pageLang = parts?.fields.lang ?? (typeof env?.['lang'] === 'string' ? env['lang'] : undefined);
    return withShadowDom(html, pageLang ?? lang ?? 'en').html;
  };
}

export { readingElements };
