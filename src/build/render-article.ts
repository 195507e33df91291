/**
 * renderArticle(): a post in the seed's format (YAML frontmatter + markdown) → the finished
 * article: the header from the frontmatter, the body through markdown-it and the same
 * recognisers as `enhance()`, sized images, a server-written contents list, share buttons and
 * the `<head>` tags.
 */
import { parseBodyFragment, serializeChildren } from '../enhance/html-tree.js';
import { transform } from '../enhance/transform.js';
import type { EnhanceReport } from '../enhance/types.js';
import { countText, readingMinutes } from '../internal/text-stats.js';
import { readFields, type ArticleFields, type FieldProblem } from './fields.js';
import { splitFrontmatter } from './frontmatter.js';
import { renderContents, renderHead, renderHeader, renderHero, renderShare } from './header.js';
import { element, escapeHtml } from './html.js';
import { mappedSrc, sizeOf, type ImageOptions } from './images.js';
import { createEnv, createMarkdown, type Heading } from './markdown.js';
import { serializeWithShadowDom, withShadowDom } from './shadow-dom.js';

export interface RenderArticleOptions {
  /** The post's file name, named in every warning. Default `"post"`. */
  file?: string;
  /** Category links, e.g. `/category/{slug}`; without it the categories are text chips. */
  hrefTemplate?: string;
  /** The page's address, for the canonical link, Open Graph and the share buttons. */
  url?: string;
  /** Page language when the frontmatter has no `lang`. Default `en`. */
  lang?: string;
  /** The id of the `<article>`, which the progress bar and contents list follow. Default `post`. */
  articleId?: string;
  /** Unsplash app name, set as `referral` on every `<photo-credit>`. */
  referral?: string;
  /** `zoomable` on every `<photo-credit>`. */
  zoomable?: boolean;
  /** Heading levels in the contents list. Default `[2, 3]`. */
  contentsLevels?: [number, number];
  /** Where images are read from and how remote ones are replaced (see ImageOptions). */
  images?: ImageOptions;
  /** Keep the author's raw HTML (filtered to safe markup). Default true; false shows it as text. */
  html?: boolean;
  /**
   * Write each element's declarative shadow root into the HTML (`reading-elements/ssr.js`), so
   * the page paints complete before any script runs. Needs `@lit-labs/ssr`; without it the
   * HTML is written as when off, with one warning. Default true.
   */
  declarativeShadowDom?: boolean;
  /** Called for every warning as it happens; they are also returned. */
  onWarning?: (warning: ArticleWarning) => void;
}

/** A problem with one post: the file, the field (frontmatter name, or `body` / `image`) and what is wrong. */
export interface ArticleWarning {
  file: string;
  field: string;
  message: string;
}

export interface RenderedArticle {
  /** `<article id>` with header, hero, body, and share buttons: what goes inside `<main>`. */
  article: string;
  /** The parts, for templates that place them themselves. */
  header: string;
  hero: string;
  body: string;
  /** `<table-of-contents>` with the list of headings written out ('' when the post has none). */
  contents: string;
  share: string;
  /** Tags for `<head>`: title, description, canonical, Open Graph. */
  head: string;
  title: string;
  lang: string;
  fields: ArticleFields;
  headings: Heading[];
  /** Minutes shown: the frontmatter's `readingTime`, else counted from the body. */
  readingTime: number;
  /** What the recognisers created in the body, as `enhance()` reports it. */
  counts: EnhanceReport;
  /** The elements carry declarative shadow roots (the option is on and `@lit-labs/ssr` loaded). */
  shadowDom: boolean;
  warnings: ArticleWarning[];
}

/** The frontmatter's parts of the page, for pipelines that render the body themselves (Astro, Eleventy). */
export interface FrontmatterParts {
  header: string;
  hero: string;
  share: string;
  head: string;
  title: string;
  lang: string;
  fields: ArticleFields;
  /** Minutes shown; undefined when neither the frontmatter nor the caller knows, and `<post-meta>` measures the page. */
  readingTime: number | undefined;
  warnings: ArticleWarning[];
}

export interface FrontmatterOptions extends RenderArticleOptions {
  /** Minutes counted from the body, used when the frontmatter has no `readingTime`. */
  countedMinutes?: number;
  /** HTML shown under the meta line: the body's "Social Snippet" paragraph. */
  lede?: string;
}

let creditMarkdown: ReturnType<typeof createMarkdown> | undefined;

/** A credit line's markdown links as HTML (through the safe-URL check); raw HTML in it stays text. */
function creditHtml(credit: string): string {
  creditMarkdown ??= createMarkdown({ html: false });
  return creditMarkdown.renderInline(credit);
}

function warner(options: RenderArticleOptions, warnings: ArticleWarning[]) {
  const file = options.file ?? 'post';
  return (field: string, message: string) => {
    const warning = { file, field, message };
    warnings.push(warning);
    options.onWarning?.(warning);
  };
}

/**
 * The header (title, `<post-meta>` with categories, badges, AI disclosure and reading time),
 * the hero `<photo-credit>`, `<share-buttons>` and the `<head>` tags, from frontmatter that a
 * pipeline has already parsed. Bad fields are warned about (naming the file and the field) and left out.
 */
export function renderFrontmatter(data: unknown, options: FrontmatterOptions = {}): FrontmatterParts {
  const warnings: ArticleWarning[] = [];
  const warn = warner(options, warnings);
  const problems: FieldProblem[] = [];
  const record =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const fields = readFields(record, problems);
  for (const problem of problems) warn(problem.field, problem.message);
  const lang = fields.lang ?? options.lang ?? 'en';
  const images: ImageOptions = options.images ?? {};

  let hero = '';
  if (fields.image) {
    const src = mappedSrc(fields.image, images);
    const size = sizeOf(src, images);
    if (!size)
      warn(
        'image',
        `${fields.image} has no width and height the build can read, so the page shifts when it loads.`,
      );
    const credit = fields.imageCredit ? creditHtml(fields.imageCredit) : '';
    hero = renderHero({ src, alt: fields.imageAlt ?? '', ...size }, credit, options);
  } else if (fields.imageCredit) {
    warn('imageCredit', 'is given but there is no image; it is left out.');
  }
  const readingTime = fields.readingTime ?? options.countedMinutes;
  return {
    header: renderHeader(fields, readingTime, options.lede, { lang, hrefTemplate: options.hrefTemplate }),
    hero,
    share: renderShare(fields.socialShare, options.url),
    head: renderHead(fields, fields.image, options.url),
    title: fields.title ?? '',
    lang,
    fields,
    readingTime,
    warnings,
  };
}

/** Renders one post. Never throws on bad input: problems become warnings and the post still renders. */
export function renderArticle(source: string, options: RenderArticleOptions = {}): RenderedArticle {
  const warnings: ArticleWarning[] = [];
  const warn = warner(options, warnings);
  const text = typeof source === 'string' ? source : '';
  if (typeof source !== 'string')
    warn('body', `is ${source === null ? 'null' : typeof source}, not markdown text.`);

  const split = splitFrontmatter(text);
  for (const problem of split.problems) warn('frontmatter', problem);

  const articleId = options.articleId ?? 'post';
  const images: ImageOptions = options.images ?? {};
  const md = createMarkdown({ html: options.html });
  const env = createEnv(images, [articleId]);
  // markdown-it types its env as a plain record; this one is the collecting env markdown.ts reads.
  const rendered = md.render(split.body, env as unknown as Record<string, unknown>);
  for (const src of new Set(env.unsized))
    warn('image', `${src} has no width and height the build can read, so the page shifts when it loads.`);
  const counted = readingMinutes({ ...countText(env.text.join(' ')), images: env.imageCount });

  const parts = renderFrontmatter(split.data, {
    ...options,
    countedMinutes: counted,
    lede: env.snippet,
    onWarning: (warning) => warn(warning.field, warning.message),
  });
  const contents = renderContents(env.headings, articleId, parts.lang, options.contentsLevels);
  // The body goes through the recognisers inside its article, so a progress bar finds what it follows.
  const open = `<article id="${escapeHtml(articleId)}">`;
  const tree = parseBodyFragment(`${open}${rendered}</article>`);
  const { report: counts } = transform(tree, {
    referral: options.referral,
    zoomable: options.zoomable,
  });
  // Each part is rendered on its own, so templates that place the parts get them rendered too.
  const shadowRoots = options.declarativeShadowDom !== false;
  let shadowDom = false;
  const withRoots = (html: string): string => {
    if (!shadowRoots || !html) return html;
    const result = withShadowDom(html, parts.lang);
    shadowDom ||= result.rendered;
    return result.html;
  };
  // The body is serialized from the tree the recognisers ran on, shadow roots and all, rather
  // than parsed again from its text.
  let enhanced: string;
  if (shadowRoots) {
    const result = serializeWithShadowDom(tree, parts.lang);
    shadowDom ||= result.rendered;
    enhanced = result.html;
  } else {
    enhanced = serializeChildren(tree);
  }
  const body =
    enhanced.startsWith(open) && enhanced.endsWith('</article>')
      ? enhanced.slice(open.length, -'</article>'.length)
      : enhanced;
  const header = withRoots(parts.header);
  const hero = withRoots(parts.hero);
  const share = withRoots(parts.share);
  const contentsList = withRoots(contents);
  const article = element('article', { id: articleId }, header + hero + body + share);
  return {
    article,
    header,
    hero,
    body,
    contents: contentsList,
    share,
    head: parts.head,
    title: parts.title,
    lang: parts.lang,
    fields: parts.fields,
    headings: env.headings,
    readingTime: parts.readingTime ?? counted,
    counts,
    shadowDom,
    warnings,
  };
}
