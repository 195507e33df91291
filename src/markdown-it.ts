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
import type { ImageOptions } from './build/images.js';
import { finishPost, type PluginOptions } from './build/plugin-post.js';
import { loadShadowDomOnce } from './build/shadow-dom.js';
import { enhanceHtml } from './enhance-html.js';

/**
 * The plugin's options. The frontmatter for `header` is read from the render's env, where
 * Eleventy puts the page's data.
 */
export type MarkdownItReadingElementsOptions = PluginOptions;

/**
 * Loads lit's server renderer (`@lit-labs/ssr`), which `declarativeShadowDom: true` needs.
 * markdown-it renders synchronously, so await this once before the first render (Eleventy: in
 * the config). Resolves false, and the plugin writes no shadow roots, when it is not installed.
 */
export const loadServerRenderer: () => Promise<boolean> = loadShadowDomOnce;

type Markdown = InstanceType<typeof MarkdownIt>;

/** The plugin: `md.use(readingElements, options)`. */
export default function readingElements(md: Markdown, options: MarkdownItReadingElementsOptions = {}): void {
  const { images = {} } = options;
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
    // The recognisers read their own options (EnhanceOptions) and ignore the others.
    const body = enhanceHtml(render(source, env), { ...options, source: file }).html;
    // A page's own `lang` (Eleventy data) names its language when the frontmatter has none.
    const pageLang = typeof env?.['lang'] === 'string' ? env['lang'] : undefined;
    return finishPost(body, env, {
      ...options,
      lang: pageLang ?? options.lang,
      file,
      images: current,
      onWarning: (warning) =>
        console.warn(`reading-elements: ${warning.file}: ${warning.field} ${warning.message}`),
    });
  };
}

export { readingElements };
