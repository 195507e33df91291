/**
 * A URL- and id-friendly slug that keeps every script: accents are dropped
 * ("Künstliche Intelligenz" → "kunstliche-intelligenz"), letters and digits of any script are
 * kept ("人工知能" stays), everything else becomes a single dash. Never empty: `fallback` is
 * used when nothing is left.
 */
export function slugify(text: string, fallback = 'section'): string {
  // Printable ASCII has no accents to drop and nothing to normalize: the same slug without the
  // first use of Unicode normalization and case data (milliseconds, in the first screen's task).
  if (/^[ -~]*$/.test(text))
    return (
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || fallback
    );
  const slug = text
    // Drop accents from Latin and Greek letters only: in other scripts the marks are part of
    // the letter (Cyrillic й, Japanese が, Devanagari vowel signs) and come back with NFC.
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}])[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `slugify(text)`, suffixed `-2`, `-3`, … until `isTaken` says the result is free. */
export function uniqueSlug(text: string, isTaken: (candidate: string) => boolean, fallback?: string): string {
  const base = slugify(text, fallback);
  let candidate = base;
  for (let n = 2; isTaken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
