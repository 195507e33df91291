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
import { renderFrontmatter } from './build/render-article.js';
import { loadShadowDom, withShadowDom } from './build/shadow-dom.js';
import { enhanceHtml } from './enhance-html.js';
import type { EnhanceOptions, EnhanceReport } from './enhance/types.js';

export interface RehypeReadingElementsOptions extends EnhanceOptions {
  /** Where local images are measured (default: the file's folder) and which remote ones are replaced. */
  images?: ImageOptions;
  /** Put the header, hero photo and share buttons from the frontmatter around the body. Default false. */
  header?: boolean;
  /** Category links for the header, e.g. `/category/{slug}`. */
  hrefTemplate?: string;
  /**
   * Write each element's declarative shadow root into the tree (needs `@lit-labs/ssr`; see
   * docs/build-time.md), so the page paints complete before any script runs. Default false.
   */
  declarativeShadowDom?: boolean;
  /** The page's language, for the shadow roots, when the frontmatter names none. Default `en`. */
  lang?: string;
}

// The server renderer behind `declarativeShadowDom` is loaded when this entry is.
await loadShadowDom();

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
  const {
    images = {},
    header = false,
    hrefTemplate,
    declarativeShadowDom = false,
    lang,
    ...enhanceOptions
  } = options;
  return (tree: Root, file: VFileLike): void => {
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
    const { html, counts } = enhanceHtml(toHtml(tree, { allowDangerousHtml: true }), {
      ...enhanceOptions,
      source: file.path,
    });
    file.data.readingElements = counts;

    const frontmatter = file.data.astro?.frontmatter ?? file.data.frontmatter;
    const parts =
      header && frontmatter
        ? renderFrontmatter(frontmatter, {
            file: file.path,
            hrefTemplate,
            images: imageOptions,
            referral: enhanceOptions.referral,
            zoomable: enhanceOptions.zoomable,
            onWarning: (warning) => file.message?.(`${warning.field} ${warning.message}`),
          })
        : undefined;
    const pageLang = parts?.fields.lang ?? lang ?? 'en';
    const withRoots = (part: string) => (declarativeShadowDom ? withShadowDom(part, pageLang).html : part);
    const parse = (part: string) => fromHtml(withRoots(part), { fragment: true }).children as RootContent[];
    const children = parts
      ? [...parse(parts.header + parts.hero), ...parse(html), ...parse(parts.share)]
      : parse(html);
    tree.children = children;
  };
}

export { rehypeReadingElements };
