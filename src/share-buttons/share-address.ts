import { safeUrl } from '../internal/safe-url.js';

/** An absolute http(s) address from `value`, or null. */
export function httpAddress(value: string | null | undefined, base: string | undefined): string | null {
  const safe = safeUrl(value);
  if (safe === null) return null;
  try {
    const resolved = new URL(safe, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/**
 * The absolute http(s) address an author's `url` names, or null when it names none. A server
 * render knows no page address: a relative `url` gives `''` there, and the links get the
 * address once the element runs in the browser.
 */
export function authorAddress(value: string, server: boolean): string | null {
  if (server && safeUrl(value) !== null && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return '';
  return httpAddress(value, server ? undefined : document.baseURI);
}

/** The page's own address: its canonical link when valid, else the current address without its hash. */
export function pageAddress(): string {
  const canonical = document.querySelector('link[rel~="canonical" i][href]');
  const href = httpAddress(canonical?.getAttribute('href'), document.baseURI);
  if (href) return href;
  const here = new URL(location.href);
  here.hash = '';
  return here.href;
}
