/**
 * The HTML an author writes inside markdown (`<div class="reading-progress-container">`,
 * `<kbd>`, `<details>`), kept where it is safe and made text where it is not. Each tag is read
 * (with the same tag grammar markdown-it uses to find it) and written again from what was read:
 * allowed tags with allowed attributes, every URL through `safeUrl`, everything else escaped as
 * text, so the browser can only ever see tags this module wrote. `<script>`, `<style>` and
 * similar elements are dropped together with their content.
 */
import { decodeHTMLAttribute } from 'entities';
import { safeUrl } from '../internal/safe-url.js';
import { escapeHtml } from './html.js';

const ATTRIBUTE = String.raw`\s+([a-zA-Z_:][a-zA-Z0-9:._-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^"'=<>\x60\x00-\x20]+)))?`;
/** The same attribute grammar without capture groups, for finding whole tags. */
const ATTRIBUTE_SHAPE = ATTRIBUTE.replace(/\((?!\?)/g, '(?:');
const TOKEN = new RegExp(
  [
    String.raw`<([A-Za-z][A-Za-z0-9-]*)((?:${ATTRIBUTE_SHAPE})*)\s*(\/?)>`,
    String.raw`<\/([A-Za-z][A-Za-z0-9-]*)\s*>`,
    String.raw`<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->`,
    String.raw`<[?][\s\S]*?[?]>`,
    String.raw`<![A-Za-z][^>]*>`,
    String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
  ].join('|'),
  'g',
);
const ONE_ATTRIBUTE = new RegExp(ATTRIBUTE, 'g');

/** Elements that may stay: text-level and block markup with no behaviour of its own, and the library's tags. */
const ALLOWED_TAGS = new Set(
  (
    'a abbr article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q ' +
    'rp rt ruby s samp section small source span strong sub summary sup table tbody td tfoot th thead time tr ' +
    'u ul var wbr ' +
    'reading-progress pro-tip photo-credit category-chips reading-time table-of-contents share-buttons post-meta'
  ).split(' '),
);

/** Elements dropped with everything up to their closing tag: their content is code or styles, not text. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'object',
]);

const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'lang',
  'dir',
  'title',
  'role',
  'hidden',
  'slot',
  'translate',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster']);
const TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel', 'target', 'download', 'type'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  source: ['src', 'srcset', 'sizes', 'media', 'type', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open', 'name'],
};

/** Every candidate of a `srcset` through `safeUrl`; null when none is left. */
function safeSrcset(value: string): string | null {
  const kept = value
    .split(/,(?=\s)|,$/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .filter((candidate) => safeUrl(candidate.split(/\s+/)[0]) !== null);
  return kept.length > 0 ? kept.join(', ') : null;
}

function isAllowedAttribute(tag: string, name: string): boolean {
  if (name.startsWith('on') || name === 'style' || name === 'is') return false;
  if (tag.includes('-')) return true;
  return (
    GLOBAL_ATTRIBUTES.has(name) ||
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    (TAG_ATTRIBUTES[tag]?.includes(name) ?? false)
  );
}

/** The attribute value as kept, or null to drop it: URLs (by name, on any tag) must pass `safeUrl`. */
function keptValue(name: string, value: string): string | null {
  if (name === 'srcset') return safeSrcset(value);
  if (URL_ATTRIBUTES.has(name) || name.endsWith('-href') || name === 'url' || name.endsWith('-url'))
    return safeUrl(value, { allowMailto: name === 'href' });
  return value;
}

function openTag(tag: string, rawAttributes: string, selfClosing: boolean): string {
  let out = `<${tag}`;
  const seen = new Set<string>();
  for (const match of rawAttributes.matchAll(ONE_ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (seen.has(name) || !isAllowedAttribute(tag, name)) continue;
    seen.add(name);
    const raw = match[2] ?? match[3] ?? match[4];
    if (raw === undefined) {
      out += ` ${name}`;
      continue;
    }
    const value = keptValue(name, decodeHTMLAttribute(raw));
    if (value !== null) out += ` ${name}="${escapeHtml(value)}"`;
  }
  return `${out}${selfClosing ? ' /' : ''}>`;
}

/** State carried across the pieces of one document: inside a dropped element, until its end tag. */
export interface RawHtmlState {
  droppingUntil: string | null;
}

/** Text between tags: kept as written (its entities stay), with stray angle brackets made text. */
function text(value: string): string {
  return value.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `html` (a raw HTML block or inline tag from markdown) with only safe markup left. */
export function filterRawHtml(html: string, state: RawHtmlState): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    const between = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (state.droppingUntil === null) out += text(between);
    const openName = match[1]?.toLowerCase();
    const closeName = match[4]?.toLowerCase();
    if (state.droppingUntil !== null) {
      if (closeName === state.droppingUntil) state.droppingUntil = null;
      continue;
    }
    if (openName) {
      if (DROPPED_WITH_CONTENT.has(openName)) {
        if (!match[3]) state.droppingUntil = openName;
      } else if (ALLOWED_TAGS.has(openName)) {
        out += openTag(openName, match[2] ?? '', match[3] === '/' && !openName.includes('-'));
      }
    } else if (closeName) {
      if (ALLOWED_TAGS.has(closeName)) out += `</${closeName}>`;
    }
    // Comments, declarations, processing instructions and CDATA are dropped.
  }
  if (state.droppingUntil === null) out += text(html.slice(last));
  return out;
}
