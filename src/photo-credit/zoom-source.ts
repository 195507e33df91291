// Which URL the zoom dialog of `<photo-credit>` shows for its image: `data-zoom-src`, else the largest `srcset` candidate.
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';

/** One candidate of a `srcset`: its URL and descriptor ("800w", "2x", or "" for 1x). */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * One `srcset` candidate, as the HTML parser reads it: the URL is a run without spaces (so it
 * may contain commas) whose trailing commas end the candidate; otherwise its descriptor runs to
 * the next comma.
 */
const CANDIDATE = /[\s,]*([^\s,]\S*?)(?:,+(?=\s|$)|(?=\s|$)([^,]*),?)/g;

/** Splits a `srcset` the way the HTML parser does (URLs may contain commas). */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  return Array.from((srcset ?? '').matchAll(CANDIDATE), ([, url, descriptor]) => ({
    url: url!,
    descriptor: (descriptor ?? '').trim(),
  }));
}

/**
 * The URL of the largest candidate among `srcset`s: the widest `w` descriptor when there is
 * one, else the highest density. Unsafe URLs are skipped. Null when there is none.
 */
export function largestCandidate(...srcsets: Array<string | null | undefined>): string | null {
  let best: { url: string; width: number; density: number } | null = null;
  for (const srcset of srcsets) {
    for (const { url, descriptor } of parseSrcset(srcset ?? '')) {
      const safe = safeUrl(url);
      if (!safe) continue;
      const value = Number.parseFloat(descriptor);
      const width = /w$/i.test(descriptor) && value > 0 ? value : 0;
      const density = /x$/i.test(descriptor) && value > 0 ? value : 1;
      if (!best || width > best.width || (width === best.width && width === 0 && density > best.density)) {
        best = { url: safe, width, density };
      }
    }
  }
  return best?.url ?? null;
}

/**
 * `data-zoom-src` (on the image, else on `element`), else the largest `srcset` candidate, else
 * `src`. An unsafe `data-zoom-src` is skipped with a warning.
 */
export function zoomSource(image: HTMLImageElement, element: Element): string | null {
  const explicit = image.getAttribute('data-zoom-src') ?? element.getAttribute('data-zoom-src');
  if (explicit !== null) {
    const safe = safeUrl(explicit);
    if (safe) return safe;
    warnOnce(
      element,
      'data-zoom-src',
      explicit,
      'is not an http(s) or relative URL; zooming the image itself instead.',
    );
  }
  const picture = image.parentElement instanceof HTMLPictureElement ? image.parentElement : null;
  const sources = picture
    ? [...picture.querySelectorAll('source')].map((source) => source.getAttribute('srcset'))
    : [];
  return (
    largestCandidate(image.getAttribute('srcset'), ...sources) ??
    safeUrl(image.currentSrc || image.getAttribute('src'))
  );
}
