/// <reference types="node" />
/**
 * reading-elements/rehype.js: a rehype (unified) plugin for Astro, Next.js MDX, Docusaurus or
 * any unified pipeline. It runs the recognisers of `enhance()` on the tree (callouts →
 * `<pro-tip>`, credited photos → `<photo-credit>`, the progress container →
 * `<reading-progress>`), sizes images the build can measure, and with `header: true` puts the
 * header written from the frontmatter (Astro's `file.data.astro.frontmatter`, or
 * `file.data.frontmatter`) before the body.
 *
 * @example
 *   // astro.config.mjs
 *   import rehypeReadingElements from 'reading-elements/rehype.js';
 *   export default defineConfig({ markdown: { rehypePlugins: [[rehypeReadingElements, { referral: 'my_blog' }]] } });
 */
import { dirname } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { mappedSrc, sizeOf, type ImageOptions } from './build/images.js';
import { finishPost, type PluginOptions } from './build/plugin-post.js';
import { loadShadowDomOnce } from './build/shadow-dom.js';
import { enhanceHtml } from './enhance-html.js';
import type { EnhanceReport } from './enhance/types.js';

/**
 * The plugin's options. The frontmatter for `header` is Astro's `file.data.astro.frontmatter`,
 * or `file.data.frontmatter`.
 */
export type RehypeReadingElementsOptions = PluginOptions;

/** What the pipeline's file carries; only the parts this plugin reads. */
interface VFileLike {
  path?: string;
  data: Record<string, unknown> & {
    astro?: { frontmatter?: Record<string, unknown> };
    frontmatter?: Record<string, unknown>;
    readingElements?: EnhanceReport;
  };
  message?: (reason: string) => unknown;
}

function visitImages(node: Root | Element, visit: (image: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') visit(child);
    if (child.tagName !== 'pre' && child.tagName !== 'code') visitImages(child, visit);
  }
}

/** The plugin: `.use(rehypeReadingElements, options)`. */
export default function rehypeReadingElements(options: RehypeReadingElementsOptions = {}) {
  const { images = {} } = options;
  return async (tree: Root, file: VFileLike): Promise<void> => {
    // lit's server renderer is loaded only for a pipeline that asks for shadow roots.
    if (options.declarativeShadowDom) await loadShadowDomOnce();
    const baseDir = images.baseDir ?? (file.path ? dirname(file.path) : undefined);
    const imageOptions: ImageOptions = { ...images, baseDir };
    visitImages(tree, (image) => {
      const props = image.properties;
      if (typeof props['src'] !== 'string') return;
      props['src'] = mappedSrc(props['src'], imageOptions);
      if (props['width'] !== undefined && props['height'] !== undefined) return;
      const size = sizeOf(props['src'], imageOptions);
      if (size) Object.assign(props, size);
    });

    // Raw HTML in the markdown (`raw` nodes, which Astro keeps) is written as the pipeline would
    // write it, so the recognisers see the author's markup (the seed's progress container) and
    // the result is parsed into elements; what raw HTML a site allows stays the pipeline's choice.
    // The recognisers read their own options (EnhanceOptions) and ignore the others.
    const { html, counts } = enhanceHtml(toHtml(tree, { allowDangerousHtml: true }), {
      ...options,
      source: file.path,
    });
    file.data.readingElements = counts;

    const frontmatter = file.data.astro?.frontmatter ?? file.data.frontmatter;
    const post = finishPost(html, frontmatter, {
      ...options,
      file: file.path,
      images: imageOptions,
      onWarning: (warning) => file.message?.(`${warning.field} ${warning.message}`),
    });
    tree.children = fromHtml(post, { fragment: true }).children as RootContent[];
  };
}

export { rehypeReadingElements };
