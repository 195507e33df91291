// What the rehype and markdown-it plugins share once the pipeline has rendered a post's body:
// their options, the header parts from the frontmatter around it, and the shadow roots.
import type { EnhanceOptions } from '../enhance/types.js';
import type { ImageOptions } from './images.js';
import { renderFrontmatter, type ArticleWarning } from './render-article.js';
import { withShadowDom } from './shadow-dom.js';

export interface PluginOptions extends EnhanceOptions {
  /** Where local images are measured (default: the post's folder) and which remote ones are replaced (see `reading-elements/build.js`). */
  images?: ImageOptions;
  /** Put the header, hero photo and share buttons written from the frontmatter around the body. Default false. */
  header?: boolean;
  /** Category links for the header, e.g. `/category/{slug}`. */
  hrefTemplate?: string;
  /**
   * Write each element's declarative shadow root into the HTML (needs `@lit-labs/ssr`; see
   * docs/build-time.md), so the page paints complete before any script runs. Default false.
   */
  declarativeShadowDom?: boolean;
  /** The page's language, for the shadow roots, when the frontmatter names none. Default `en`. */
  lang?: string;
}

/**
 * The post's HTML: `body` (already through the recognisers), with the header parts from
 * `frontmatter` around it when `options.header` is on, and shadow roots when asked.
 */
export function finishPost(
  body: string,
  frontmatter: Record<string, unknown> | undefined,
  options: PluginOptions & {
    file: string | undefined;
    images: ImageOptions;
    onWarning: (warning: ArticleWarning) => void;
  },
): string {
  const parts =
    options.header && frontmatter
      ? renderFrontmatter(frontmatter, {
          file: options.file,
          hrefTemplate: options.hrefTemplate,
          images: options.images,
          referral: options.referral,
          zoomable: options.zoomable,
          onWarning: options.onWarning,
        })
      : undefined;
  const html = parts ? parts.header + parts.hero + body + parts.share : body;
  if (!options.declarativeShadowDom) return html;
  return withShadowDom(html, parts?.fields.lang ?? options.lang ?? 'en').html;
}
