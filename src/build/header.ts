/**
 * The article's header, hero photo, contents list, share buttons and `<head>` tags, written from
 * the frontmatter fields. Each element also gets light-DOM content that reads the same without
 * JavaScript (the date, the reading time and the badges as text; the categories as links; the
 * contents as a list), which the elements replace or keep when they upgrade.
 */
import { categoryHref } from '../category-chips/href-template.js';
import { formatDate, parseDate } from '../internal/iso-date.js';
import { fill, translate } from '../internal/locale.js';
import { safeUrl } from '../internal/safe-url.js';
import { formatMinutes } from '../internal/minutes.js';
import { strings as metaStrings } from '../post-meta/post-meta.strings.js';
import { strings as timeStrings } from '../reading-time/reading-time.strings.js';
import { strings as contentsStrings } from '../table-of-contents/table-of-contents.strings.js';
import type { ArticleFields } from './fields.js';
import { attributes, element, escapeHtml } from './html.js';
import type { Heading } from './markdown.js';

export interface HeaderOptions {
  lang: string;
  /** Category links: `/category/{slug}` (`{name}` is the URI-encoded name). Without it the chips are text. */
  hrefTemplate?: string;
  /** The time zone the no-JavaScript date is written in (the element shows the reader's). Default UTC. */
  timeZone?: string;
}

const SEPARATOR = ' <span class="post-meta-separator" aria-hidden="true">·</span> ';
const badge = (text: string) => element('span', { class: 'post-meta-badge' }, escapeHtml(text));

function dateText(value: string, lang: string, timeZone: string): string {
  const parsed = parseDate(value);
  if (!parsed) return '';
  if (!parsed.dateOnly) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone };
    return new Intl.DateTimeFormat(lang, options).format(parsed.date);
  }
  return formatDate(parsed, lang, 'medium');
}

/** "Published <time>Mar 18, 2025</time>": a template of the element's strings with a `<time>` in it. */
function dated(template: string, value: string, lang: string, timeZone: string): string {
  const [before, after = ''] = template.split('{date}');
  const time = element('time', { datetime: value }, escapeHtml(dateText(value, lang, timeZone)));
  return `${escapeHtml(before ?? '')}${time}${escapeHtml(after)}`;
}

/** The meta line as text, for readers without JavaScript; `<post-meta>` draws its own on upgrade. */
function metaLine(fields: ArticleFields, minutes: number | undefined, options: HeaderOptions): string {
  const { lang } = options;
  const zone = options.timeZone ?? 'UTC';
  const t = (key: Parameters<typeof translate<keyof (typeof metaStrings)['en']>>[2]) =>
    translate(metaStrings, lang, key);
  const items: string[] = [];
  if (fields.date) items.push(dated(t('post-meta.published'), fields.date, lang, zone));
  if (fields.updated) items.push(dated(t('post-meta.updated'), fields.updated, lang, zone));
  if (fields.author) items.push(escapeHtml(fill(t('post-meta.author'), { author: fields.author })));
  if (minutes !== undefined) {
    const time = fill(translate(timeStrings, lang, 'reading-time.read'), {
      time: formatMinutes(minutes, lang),
    });
    items.push(escapeHtml(time));
  }
  if (fields.trending) items.push(badge(t('post-meta.trending')));
  if (fields.featured) items.push(badge(t('post-meta.featured')));
  if (fields.generatedBy) items.push(badge(fill(t('post-meta.ai-generated'), { model: fields.generatedBy })));
  return element('span', { class: 'post-meta-line' }, items.join(SEPARATOR));
}

/** `<category-chips>` with the categories as links (or list items), which it reads as its data. */
function chips(fields: ArticleFields, options: HeaderOptions): string {
  if (fields.categories.length === 0) return '';
  const items = fields.categories.map((category) => {
    const href =
      category.href ??
      (options.hrefTemplate ? safeUrl(categoryHref(options.hrefTemplate, category.name)) : null);
    const name = escapeHtml(category.name);
    const inner = href ? element('a', { href, 'data-type': category.type }, name) : name;
    return element('li', href ? {} : { 'data-type': category.type }, inner);
  });
  return element('category-chips', { slot: 'categories' }, element('ul', {}, items.join('')));
}

export interface HeaderParts {
  header: string;
  hero: string;
  contents: string;
  share: string;
}

/** The `<header>` of the article: title, meta line with categories, and the lede when there is one. */
export function renderHeader(
  fields: ArticleFields,
  minutes: number | undefined,
  lede: string | undefined,
  options: HeaderOptions,
): string {
  const meta = element(
    'post-meta',
    {
      published: fields.date,
      updated: fields.updated,
      author: fields.author,
      // Without a known number the element measures the article itself.
      'reading-time': minutes === undefined ? true : String(minutes),
      trending: fields.trending,
      featured: fields.featured,
      'generated-by': fields.generatedBy,
    },
    metaLine(fields, minutes, options) + chips(fields, options),
  );
  const title = fields.title ? element('h1', {}, escapeHtml(fields.title)) : '';
  const intro = lede ? element('p', { class: 'article-lede' }, lede) : '';
  return element('header', { class: 'article-header' }, title + meta + intro);
}

/** The hero `<photo-credit>`: the image, sized when the build knows its size, and the credit as written. */
export function renderHero(
  image: { src: string; alt: string; width?: number; height?: number },
  creditHtml: string,
  extra: { referral?: string; zoomable?: boolean },
): string {
  const img = `<img${attributes({
    src: image.src,
    alt: image.alt,
    width: image.width,
    height: image.height,
    fetchpriority: 'high',
  })}>`;
  const credit = creditHtml ? element('span', { slot: 'credit' }, creditHtml) : '';
  return element(
    'photo-credit',
    { class: 'article-hero', referral: extra.referral, zoomable: extra.zoomable },
    img + credit,
  );
}

/** The server-written contents list `<table-of-contents>` keeps and brings to life (its progressive mode). */
export function renderContents(
  headings: Heading[],
  articleId: string,
  lang: string,
  levels = [2, 3],
): string {
  const listed = headings.filter((heading) => heading.level >= levels[0]! && heading.level <= levels[1]!);
  if (listed.length === 0) return '';
  let html = '';
  let depth = 0;
  const base = Math.min(...listed.map((heading) => heading.level));
  for (const heading of listed) {
    const level = heading.level - base + 1;
    if (depth === 0) {
      html += '<ol><li>';
      depth = 1;
    } else if (level > depth) {
      // A skipped level nests one step, as the element does.
      html += '<ol><li>';
      depth++;
    } else {
      while (depth > level) {
        html += '</li></ol>';
        depth--;
      }
      html += '</li><li>';
    }
    html += element('a', { href: `#${heading.id}` }, escapeHtml(heading.text));
  }
  while (depth > 0) {
    html += '</li></ol>';
    depth--;
  }
  const label = translate(contentsStrings, lang, 'table-of-contents.label');
  return element(
    'table-of-contents',
    { for: articleId, levels: `${levels[0]}-${levels[1]}` },
    element('nav', { 'aria-label': label }, html),
  );
}

/** `<share-buttons>` with the post's share text. */
export function renderShare(text: string | undefined, url: string | undefined): string {
  return element('share-buttons', { text, url });
}

/** `<title>`, description, canonical link and Open Graph / Twitter card tags. */
export function renderHead(
  fields: ArticleFields,
  image: string | undefined,
  url: string | undefined,
): string {
  const tags: string[] = [];
  if (fields.title) tags.push(element('title', {}, escapeHtml(fields.title)));
  const meta = (name: string, content: string | undefined, key = 'name') => {
    if (content) tags.push(`<meta${attributes({ [key]: name, content })}>`);
  };
  meta('description', fields.description);
  if (fields.keywords.length) meta('keywords', fields.keywords.join(', '));
  if (url) tags.push(`<link${attributes({ rel: 'canonical', href: url })}>`);
  meta('og:type', 'article', 'property');
  meta('og:title', fields.title, 'property');
  meta('og:description', fields.excerpt ?? fields.description, 'property');
  meta('og:url', url, 'property');
  meta('og:image', image, 'property');
  meta('og:image:alt', image ? fields.imageAlt : undefined, 'property');
  meta('article:published_time', fields.date, 'property');
  meta('article:modified_time', fields.updated, 'property');
  for (const category of fields.categories) meta('article:tag', category.name, 'property');
  meta('twitter:card', image ? 'summary_large_image' : 'summary');
  return tags.join('\n');
}
