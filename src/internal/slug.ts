/**
 * A URL- and id-friendly slug that keeps every script: accents are dropped
 * ("Künstliche Intelligenz" → "kunstliche-intelligenz"), letters and digits of any script are
 * kept ("人工知能" stays), everything else becomes a single dash. Never empty: `fallback` is
 * used when nothing is left.
 */
export function slugify(text: string, fallback = 'section'): string {
  const slug = text
    // Drop Latin, Greek and Cyrillic accents only: other scripts' marks (Japanese dakuten,
    // Devanagari vowel signs) are part of the letter and come back with NFC.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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
