/**
 * The markdown renderer for posts: markdown-it (CommonMark) with GitHub alerts (`> [!TIP]`) and
 * `:::tip` directives, written as the markup `enhance()` recognises, heading ids for the
 * contents list, image sizes, links through `safeUrl`, and the author's raw HTML filtered.
 */
import MarkdownIt, { type Token } from 'markdown-it';

type Markdown = InstanceType<typeof MarkdownIt>;
import container from 'markdown-it-container';
import githubAlerts from 'markdown-it-github-alerts';
import { safeUrl } from '../internal/safe-url.js';
import { uniqueSlug } from '../internal/slug.js';
import { escapeHtml } from './html.js';
import { mappedSrc, sizeOf, type ImageOptions } from './images.js';
import { filterRawHtml, type RawHtmlState } from './raw-html.js';

export interface Heading {
  level: number;
  id: string;
  text: string;
}

/** What one render collects besides the HTML. Passed to markdown-it as its `env`. */
export interface RenderEnv {
  images: ImageOptions;
  /** Ids already used in the page (the header's, the author's), so heading ids do not clash. */
  ids: Set<string>;
  headings: Heading[];
  /** The body's "Social Snippet" paragraph, taken out and rendered here as HTML. */
  snippet?: string;
  /** Image URLs whose size could not be known. */
  unsized: string[];
  /** Text of the body as a reader sees it, for counting the reading time. */
  text: string[];
  imageCount: number;
  raw: RawHtmlState;
  /** Whether the next image is the first one (it loads eagerly; later ones lazily). */
  seenImage: boolean;
}

export function createEnv(images: ImageOptions, ids: Iterable<string> = []): RenderEnv {
  return {
    images,
    ids: new Set(ids),
    headings: [],
    unsized: [],
    text: [],
    imageCount: 0,
    raw: { droppingUntil: null },
    seenImage: false,
  };
}

/** The collecting env of a render started by this module; other callers' envs are left alone. */
function envOf(env: unknown): RenderEnv | undefined {
  return env && typeof env === 'object' && 'headings' in env ? (env as RenderEnv) : undefined;
}

/** The plain text of an inline token, as it reads. */
function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += inlineText(child);
  }
  return text;
}

/** `**Social Snippet:** "…"` opening a paragraph. */
function isSnippet(inline: Token): boolean {
  // markdown-it leaves an empty text token before a paragraph's opening emphasis.
  const children = (inline.children ?? []).filter((child) => child.type !== 'text' || child.content !== '');
  const [open, label, close, after] = children;
  if (open?.type !== 'strong_open' || label?.type !== 'text' || close?.type !== 'strong_close') return false;
  const name = label.content.trim();
  if (/^social\s+snippet\s*:$/i.test(name)) return true;
  return /^social\s+snippet$/i.test(name) && after?.type === 'text' && /^\s*:/.test(after.content);
}

/** Heading ids, the snippet paragraph, and the text to count. */
function collect(md: Markdown) {
  md.core.ruler.push('reading-elements', (state) => {
    const env = envOf(state.env);
    if (!env) return;
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      // Only as the body's first block, where generators write it: anywhere else it is prose.
      if (
        index === 0 &&
        token.type === 'paragraph_open' &&
        tokens[index + 1]?.type === 'inline' &&
        isSnippet(tokens[index + 1]!)
      ) {
        const inline = tokens[index + 1]!;
        env.text.push(inlineText(inline));
        env.snippet = md.renderer.render([inline], md.options, state.env);
        tokens.splice(index, 3);
        index--;
        continue;
      }
      if (token.type === 'heading_open') {
        const inline = tokens[index + 1]!;
        const text = inlineText(inline).replace(/\s+/g, ' ').trim();
        let id = String(token.attrGet('id') ?? '');
        if (!id) {
          id = uniqueSlug(text, (candidate) => env.ids.has(candidate));
          token.attrSet('id', id);
        }
        env.ids.add(id);
        if (text) env.headings.push({ level: Number(token.tag.slice(1)), id, text });
      }
      if (token.type === 'inline') env.text.push(inlineText(token));
      else if (token.type === 'fence' || token.type === 'code_block') env.text.push(token.content);
    }
  });
}

/**
 * Every image with `width`/`height` when the build can know them, `loading="lazy"` after the
 * first. Image options come from `fixed` (a plugin's options), else from a post render's env.
 */
function sizedImages(md: Markdown, fixed?: ImageOptions) {
  md.renderer.rules.image = (tokens, index, options, renderEnv, self) => {
    const env = envOf(renderEnv);
    const images = fixed ?? env?.images;
    const token = tokens[index]!;
    const src = String(token.attrGet('src') ?? '');
    const mapped = images ? mappedSrc(src, images) : src;
    token.attrSet('src', mapped);
    if (images && !token.attrGet('width')) {
      const size = sizeOf(mapped, images);
      if (size) {
        token.attrSet('width', String(size.width));
        token.attrSet('height', String(size.height));
      } else {
        env?.unsized.push(src);
      }
    }
    if (env) {
      env.imageCount++;
      if (env.seenImage) token.attrSet('loading', 'lazy');
      env.seenImage = true;
    }
    // The alt text, as markdown-it writes it: the image's inline content as plain text.
    token.attrSet('alt', self.renderInlineAsText(token.children ?? [], options, renderEnv));
    return `<img${self.renderAttrs(token)}>`;
  };
}

/** `> [!TIP] Title` → GitHub's alert markup, with the title escaped (the plugin's own writes it raw). */
function alerts(md: Markdown) {
  md.use(githubAlerts, { markers: '*', icons: {} });
  md.renderer.rules['alert_open'] = (tokens, index) => {
    const { title, type } = tokens[index]!.meta as { title: string; type: string };
    const name = type.replace(/[^\w-]/g, '');
    return (
      `<div class="markdown-alert markdown-alert-${name}">` +
      `<p class="markdown-alert-title">${escapeHtml(title)}</p>\n`
    );
  };
}

/** `:::tip Optional title` … `:::` → the same markup as a GitHub alert; unknown names stay a plain block. */
function directives(md: Markdown) {
  const NAME = /^\s*([A-Za-z][\w-]*)\s*(.*)$/;
  md.use(container, 'directive', {
    validate: (params: string) => NAME.test(params),
    render: (tokens: Token[], index: number) => {
      const token = tokens[index]!;
      if (token.nesting !== 1) return '</div>\n';
      const [, name, title] = NAME.exec(token.info)!;
      const kind = name!.toLowerCase();
      const heading = title!.trim()
        ? `<p class="markdown-alert-title">${escapeHtml(title!.trim())}</p>\n`
        : '';
      return `<div class="markdown-alert markdown-alert-${kind}">${heading}`;
    },
  });
}

/** The author's raw HTML, filtered (see raw-html.ts). */
function rawHtml(md: Markdown) {
  const filter = (tokens: Token[], index: number, _options: unknown, env: unknown) =>
    filterRawHtml(tokens[index]!.content, envOf(env)?.raw ?? { droppingUntil: null });
  md.renderer.rules.html_block = filter;
  md.renderer.rules.html_inline = filter;
}

/**
 * The syntax posts use that CommonMark lacks, for any markdown-it: GitHub alerts and `:::`
 * directives, and image sizes when the render's env carries image options.
 */
export function postSyntax(md: Markdown, images?: ImageOptions): void {
  md.use(alerts).use(directives);
  sizedImages(md, images);
}

/** A markdown-it set up for posts. `html` (default true) keeps the author's safe HTML; false shows it as text. */
export function createMarkdown(options: { html?: boolean } = {}): Markdown {
  const md = new MarkdownIt({ html: options.html !== false, linkify: false, typographer: false });
  md.validateLink = (url) => safeUrl(url, { allowMailto: true }) !== null;
  md.use(postSyntax).use(collect).use(rawHtml);
  return md;
}
