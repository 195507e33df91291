// Which URL the zoom dialog of `<photo-credit>` shows for its image.
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { largestCandidate } from './parse-credit.js';

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
