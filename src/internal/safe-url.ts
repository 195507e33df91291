export interface SafeUrlOptions {
  /** Also accept `mailto:` links (share by email, author contact). */
  allowMailto?: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The one gate every URL taken from input passes. Returns the URL, trimmed, when it is
 * `http:`, `https:`, relative (or `mailto:` when allowed); otherwise `null`, so the caller
 * drops the link and keeps the text.
 */
export function safeUrl(input: unknown, options: SafeUrlOptions = {}): string | null {
  if (typeof input !== 'string') return null;
  // Clean the string the way the URL parser does before judging its scheme, so that
  // " javascript:" or "java\nscript:" cannot slip through.
  // eslint-disable-next-line no-control-regex -- the URL parser's own set of stripped characters
  const url = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (url === '') return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Relative: path, query, fragment or protocol-relative ("//host/path").
    return url;
  }
  if (scheme === 'http' || scheme === 'https') return url;
  if (scheme === 'mailto' && options.allowMailto) return url;
  return null;
}

/**
 * A path on this site ("/tags/x") or a query or fragment: same origin whatever the page's
 * address. Not "//host", nor the "/\host" the URL parser reads as one, and none of the
 * characters the parser strips, which could make either.
 */
const SAME_ORIGIN = /^(\/(?![/\\])|[?#])[^\t\n\r]*$/;

/** True when the URL points to another origin, so the link needs `rel="noopener noreferrer"`. */
export function isExternal(url: string): boolean {
  if (typeof location === 'undefined') return /^([a-z]+:)?\/\//i.test(url);
  // Parsing every link against the page's address is most of the cost of a page of chips;
  // a relative reference needs none.
  if (SAME_ORIGIN.test(url)) return false;
  try {
    return new URL(url, location.href).origin !== location.origin;
  } catch {
    return false;
  }
}
