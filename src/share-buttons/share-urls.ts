/**
 * Share links for `<share-buttons>`, as pure functions: no DOM, no storage, no requests.
 * Each builder returns the exact address a network documents for pre-filled sharing.
 * Every value goes through `encodeURIComponent`, so spaces are `%20` (never `+`) and `&`, `#`,
 * `?` or `=` in the text cannot end a parameter early.
 */

/** The Bluesky post limit, in grapheme clusters (what a reader perceives as characters). */
export const BLUESKY_LIMIT = 300;

const ELLIPSIS = '…';

const encode = encodeURIComponent;

let segmenter: Intl.Segmenter | undefined;

/** Splits text into grapheme clusters; falls back to code points where `Intl.Segmenter` is missing. */
export function graphemes(text: string): string[] {
  // Printable ASCII (most URLs, English text) is one grapheme per character: no segmenter needed.
  if (/^[ -~]*$/.test(text)) return text.split('');
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    // Built once: a page's first segmenter costs about 11 ms (desktop Chromium).
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

/** How many grapheme clusters `text` has: `'👩‍👩‍👧'` counts 1, `'é'` (e + combining accent) counts 1. */
export function graphemeCount(text: string): number {
  return graphemes(text).length;
}

/**
 * Cuts `text` to at most `max` grapheme clusters, ending in `…` when it had to cut. A cut never
 * splits an emoji or an accented letter, and trailing spaces before the ellipsis are dropped.
 */
export function truncateGraphemes(text: string, max: number): string {
  // A grapheme is at least one UTF-16 unit: text that short needs no segmenting.
  if (text.length <= max) return text;
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  if (max <= 0) return '';
  return (
    parts
      .slice(0, max - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

/**
 * The Bluesky post: `text`, a space, then `url`, at most `limit` graphemes. The text is cut
 * (with an ellipsis), never the URL; with no room left for any text, the post is the URL alone.
 */
export function blueskyPost(text: string, url: string, limit: number = BLUESKY_LIMIT): string {
  const body = text.trim();
  if (!body) return url;
  // Within the limit in UTF-16 units is within it in graphemes: nothing to count.
  if (body.length + 1 + url.length <= limit) return `${body} ${url}`;
  const room = limit - graphemeCount(url) - 1;
  if (room <= 1) return url;
  return `${truncateGraphemes(body, room)} ${url}`;
}

/** Text and URL joined by a space, or whichever of them is present. */
function joined(text: string, url: string): string {
  const body = text.trim();
  return body ? `${body} ${url}` : url;
}

/** X post intent, the address X documents for its Post Web Intent: `https://x.com/intent/tweet`. */
export function xShareUrl(text: string, url: string): string {
  const body = text.trim();
  return body
    ? `https://x.com/intent/tweet?text=${encode(body)}&url=${encode(url)}`
    : `https://x.com/intent/tweet?url=${encode(url)}`;
}

/** LinkedIn share-offsite: the URL only; LinkedIn reads title and summary from the page. */
export function linkedinShareUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`;
}

/** Facebook sharer: the URL only. */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`;
}

/** Bluesky compose intent: one `text` parameter holding the text and the URL, cut to 300 graphemes. */
export function blueskyShareUrl(text: string, url: string): string {
  return `https://bsky.app/intent/compose?text=${encode(blueskyPost(text, url))}`;
}

/**
 * Mastodon's share page on the reader's server: `https://<server>/share?text=<text and URL>`.
 * Returns `null` unless `instance` is a plain host name (see `mastodonHost`), so nothing else
 * (a scheme, a path, credentials) can reach the address.
 */
export function mastodonShareUrl(instance: string, text: string, url: string): string | null {
  const host = mastodonHost(instance);
  return host ? `https://${host}/share?text=${encode(joined(text, url))}` : null;
}

/** `mailto:` with the text as subject and the text plus URL as body. */
export function emailShareUrl(text: string, url: string): string {
  const subject = text.trim();
  const body = subject ? `${subject}\n\n${url}` : url;
  return subject ? `mailto:?subject=${encode(subject)}&body=${encode(body)}` : `mailto:?body=${encode(body)}`;
}

/** A DNS host name in ASCII: labels of letters, digits and inner hyphens, at least one dot, a letter TLD. */
const HOST = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The host name of a Mastodon server as a reader might type it — `mastodon.social`,
 * `https://mastodon.social/`, `@me@mastodon.social` — or `null` when it is not a plain host
 * name. International names become their ASCII (punycode) form. Ports, paths, queries,
 * credentials and other schemes are refused rather than repaired.
 */
export function mastodonHost(input: string): string | null {
  let value = String(input ?? '')
    .trim()
    .toLowerCase();
  // A handle: "@name@server" or "name@server".
  const handle = /^@?[\p{L}\p{N}_.-]+@([^@\s/]+)$/u.exec(value);
  if (handle) value = handle[1]!;
  value = value
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '')
    .replace(/\.$/, '');
  if (!value || !/^[\p{L}\p{N}.-]+$/u.test(value)) return null;
  // eslint-disable-next-line no-control-regex -- any character outside ASCII
  if (/[^\x00-\x7f]/.test(value)) {
    try {
      value = new URL(`https://${value}/`).hostname;
    } catch {
      return null;
    }
  }
  return HOST.test(value) ? value : null;
}
