/**
 * Pure helpers behind `<photo-credit>`: reading a credit line such as
 * "Photo by [Name](https://unsplash.com/@name) on Unsplash", the home pages of well-known photo
 * sources and the referral parameters Unsplash asks for.
 * No DOM here: these run anywhere, and `enhance()` uses them to recognise credit lines.
 */
import { safeUrl } from '../internal/safe-url.js';
import { SHIPPED_LANGUAGES } from '../internal/locale.js';
import { strings } from './photo-credit.strings.js';

/** A run of credit text, linked when `href` is a safe URL. */
export interface CreditSegment {
  text: string;
  /** The link target after `safeUrl`, or null for plain text (or a dropped unsafe link). */
  href: string | null;
}

export interface ParsedCredit {
  /** True when the text matched a credit pattern ("Photo by … on …", "… / …"). */
  matched: boolean;
  /** The photographer's name; empty when nothing matched or the pattern names only a source. */
  author: string;
  /** The photographer's link (already passed through `safeUrl`), or null. */
  authorHref: string | null;
  /** The source's name ("Unsplash"); empty when the pattern names none. */
  source: string;
  /** The source's link as written in the text (already passed through `safeUrl`), or null. */
  sourceHref: string | null;
  /** The whole text as plain and linked runs, in order; what to show when nothing matched. */
  segments: CreditSegment[];
  /** True when brackets did not form links: the whole line is one plain-text segment. */
  malformed: boolean;
  /** Link targets that `safeUrl` refused (`javascript:` and the like); their text is kept. */
  dropped: string[];
}

// A markdown-style link: [text](url), the url allowing one level of balanced parentheses
// (Wikipedia-style "Foo_(bar)") and an optional "title".
const LINK = /\[([^[\]]*)\]\(\s*([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\s*\)/g;
// Marks where a link stood once the links are taken out of the text.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;
const ONE_MARK = /^\uE000(\d+)\uE001$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** "Photo by {author} on {source}" → /^Photo\s+by\s+(?<author>.+)\s+on\s+(?<source>.+?)$/iu */
export function templatePattern(template: string): RegExp | null {
  let pattern = '';
  let last = 0;
  const seen = new Set<string>();
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if ((name !== 'author' && name !== 'source') || seen.has(name)) return null;
    seen.add(name);
    pattern += literal(template.slice(last, match.index));
    pattern += name === 'author' ? '(?<author>.+)' : '(?<source>.+?)';
    last = match.index + match[0].length;
  }
  if (!seen.has('author') && !seen.has('source')) return null;
  pattern += literal(template.slice(last));
  return new RegExp(`^\\s*${pattern}\\s*[.。]?\\s*$`, 'iu');
}

function literal(text: string): string {
  return text.split(/\s+/).map(escapeRegExp).join('\\s+');
}

let creditPatterns: RegExp[] | undefined;

/**
 * The credit lines recognised, most specific first: the localized "Photo by {author} on
 * {source}" of every shipped language, then "Photo by {author}", then "Photo via {source}",
 * then "{author} / {source}".
 */
function patterns(): RegExp[] {
  if (creditPatterns) return creditPatterns;
  const keys = ['photo-credit.photo-by', 'photo-credit.photo-by-author', 'photo-credit.photo-via'] as const;
  const list: RegExp[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    for (const lang of SHIPPED_LANGUAGES) {
      const template = strings[lang]?.[key];
      if (!template || seen.has(template.toLowerCase())) continue;
      seen.add(template.toLowerCase());
      const pattern = templatePattern(template);
      if (pattern) list.push(pattern);
    }
    if (key === 'photo-credit.photo-by') {
      list.push(/^\s*(?:(?:photo|image|credit)\s*:\s*)?(?<author>.+?)\s+\/\s+(?<source>[^/]+?)\s*\.?\s*$/iu);
    }
  }
  return (creditPatterns = list);
}

/** Takes `*…*` or `_…_` emphasis off a whole line, as a markdown credit line is often written. */
function unwrapEmphasis(text: string): string {
  const match = /^([*_]{1,2})(.+)\1$/su.exec(text);
  return match ? match[2]!.trim() : text;
}

/**
 * Reads a credit line written as text with markdown-style links. Links become
 * `{ text, href }` with `href` through `safeUrl` (a `javascript:` link keeps its text and
 * loses its link). Nothing is ever treated as HTML: `<b>` in a name stays the four characters
 * `<b>`. Unbalanced or stray brackets make the whole line plain text.
 *
 * @example parseCredit('Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash')
 *   // → { matched: true, author: 'Marvin Meyer', authorHref: 'https://unsplash.com/@marvelous',
 *   //     source: 'Unsplash', sourceHref: null, segments: [...] }
 */
export function parseCredit(input: string): ParsedCredit {
  const text = unwrapEmphasis(
    String(input ?? '')
      .replace(/[\uE000\uE001]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const dropped: string[] = [];
  const unmatched = (segments: CreditSegment[], malformed = false): ParsedCredit => ({
    matched: false,
    author: '',
    authorHref: null,
    source: '',
    sourceHref: null,
    segments,
    malformed,
    dropped: malformed ? [] : dropped,
  });
  if (text === '') return unmatched([]);

  const links: CreditSegment[] = [];
  const masked = text.replace(LINK, (_whole, label: string, url: string) => {
    const href = safeUrl(url);
    if (href === null && url.trim() !== '') dropped.push(url);
    links.push({ text: label.trim() || url, href });
    return `${MARK_OPEN}${links.length - 1}${MARK_CLOSE}`;
  });
  // Brackets left over mean a link that did not close: show exactly what was written.
  if (/[[\]]/.test(masked)) return unmatched([{ text, href: null }], true);

  const segments: CreditSegment[] = [];
  let last = 0;
  for (const match of masked.matchAll(MARK)) {
    if (match.index > last) segments.push({ text: masked.slice(last, match.index), href: null });
    segments.push(links[Number(match[1])]!);
    last = match.index + match[0].length;
  }
  if (last < masked.length) segments.push({ text: masked.slice(last), href: null });

  for (const pattern of patterns()) {
    const groups = pattern.exec(masked)?.groups;
    if (!groups) continue;
    const author = part(groups['author'], links);
    const source = part(groups['source'], links);
    if (author === undefined || source === undefined) continue;
    if (!author.text && !source.text) continue;
    return {
      matched: true,
      author: author.text,
      authorHref: author.href,
      source: source.text,
      sourceHref: source.href,
      segments,
      malformed: false,
      dropped,
    };
  }
  return unmatched(segments);
}

/**
 * One side of a matched pattern: a single link, or plain text without links. Anything mixed
 * ("[Ana](…) and [Bo](…)") does not count as a name (undefined), so the line shows as written.
 */
function part(group: string | undefined, links: CreditSegment[]): CreditSegment | undefined {
  if (group === undefined) return { text: '', href: null };
  const value = group.trim();
  const single = ONE_MARK.exec(value);
  if (single) return links[Number(single[1])];
  if (value.includes(MARK_OPEN)) return undefined;
  return { text: value, href: null };
}

const KNOWN_SOURCES = new Map<string, string>([
  ['unsplash', 'https://unsplash.com/'],
  ['pexels', 'https://www.pexels.com/'],
  ['pixabay', 'https://pixabay.com/'],
  ['wikimedia commons', 'https://commons.wikimedia.org/'],
  ['wikimedia', 'https://commons.wikimedia.org/'],
  ['flickr', 'https://www.flickr.com/'],
]);

/** The home page of a well-known photo source ("Unsplash", "Pexels", "Pixabay", "Wikimedia Commons", "Flickr"), or null. */
export function knownSourceHref(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.。]$/, '')
    .toLowerCase();
  return KNOWN_SOURCES.get(key) ?? null;
}

/** True for an http(s) link to unsplash.com or one of its subdomains. */
export function isUnsplashUrl(url: string): boolean {
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      /(^|\.)unsplash\.com$/i.test(parsed.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Adds `utm_source=<app>&utm_medium=referral` to an Unsplash link, as Unsplash's guidelines ask.
 * Other links come back unchanged. The query parameters and `#hash` already there are kept
 * exactly as written, and a parameter already present is neither repeated nor replaced.
 *
 * @example withReferral('https://unsplash.com/@marvelous?lang=en#top', 'my-blog')
 *   // → 'https://unsplash.com/@marvelous?lang=en&utm_source=my-blog&utm_medium=referral#top'
 */
export function withReferral(url: string, app: string | null | undefined): string {
  const name = (app ?? '').trim();
  if (!name || !isUnsplashUrl(url)) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = base.indexOf('?');
  const query = queryAt >= 0 ? base.slice(queryAt + 1) : '';
  const params = new URLSearchParams(query);
  const added: string[] = [];
  if (!params.has('utm_source')) added.push(`utm_source=${encodeURIComponent(name)}`);
  if (!params.has('utm_medium')) added.push('utm_medium=referral');
  if (added.length === 0) return url;
  const joiner = queryAt < 0 ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${base}${joiner}${added.join('&')}${hash}`;
}
