/**
 * Text analysis shared by `<reading-time>`, `<post-meta>` and `<reading-progress time-left>`:
 * how many words, Chinese/Japanese/Korean characters and images an article holds, and how long
 * it takes to read.
 *
 * Counting rules (the README repeats them for authors):
 * - Words follow the Unicode word rules (UAX #29), the ones `Intl.Segmenter` applies: letters,
 *   digits and marks joined by apostrophes and dots ("don't", "e.g", "3.14", "1,000"), split at
 *   hyphens, slashes and spaces. Thai, Lao, Khmer and Myanmar, written without spaces between
 *   words, go through `Intl.Segmenter` and its dictionaries (the first 2,000 such characters;
 *   the rest is extrapolated); for every other script a regular expression applies the same
 *   rules, because a segmenter is far slower on long Latin text.
 * - Han, Hiragana, Katakana and Hangul count per character, read at their own rate.
 * - Left out: `pre`, `code`, `kbd`… (see `SKIPPED`), navigation and asides, scripts, styles,
 *   templates, form controls, ruby annotations, the library's own non-prose elements, and
 *   anything hidden structurally: the `hidden` attribute (not `hidden="until-found"`, whose
 *   text the reader can reveal), `aria-hidden="true"` (decorative or duplicated text), and an
 *   inline `style` with `display: none`. Styles from style sheets are not computed: one pass
 *   over the DOM stays cheap and never forces a layout.
 * - Images add time the way Medium describes it: 12 seconds for the first, one second less for
 *   each next, never under 3 seconds.
 * - 230 words and 500 characters per minute by default; the result is whole minutes
 *   (rounded), at least 1.
 */

/** What one pass over an article found. */
export interface TextStats {
  /** Words in scripts written with spaces, plus Thai, Lao, Khmer and Myanmar words. */
  words: number;
  /** Chinese, Japanese and Korean characters, counted one by one. */
  characters: number;
  /** Images (`<img>`) outside skipped parts. */
  images: number;
}

/** Reading speeds; both optional. */
export interface ReadingRates {
  /** Words per minute (default 230). */
  wordsPerMinute?: number;
  /** Chinese, Japanese and Korean characters per minute (default 500). */
  charactersPerMinute?: number;
}

export const WORDS_PER_MINUTE = 230;
export const CHARACTERS_PER_MINUTE = 500;

/** Elements whose text is not part of the reading: code, chrome, and what is not prose. */
const SKIPPED = new Set([
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
  'NAV',
  'ASIDE',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  // An <svg> in an HTML page keeps its lower-case tag name.
  'svg',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'RT',
  'RP',
  'READING-TIME',
  'READING-PROGRESS',
  'POST-META',
  'TABLE-OF-CONTENTS',
  'SHARE-BUTTONS',
  'CATEGORY-CHIPS',
]);

/** Elements that do not separate words: text on either side of them joins ("<b>un</b>done"). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** Characters counted one by one; the prolonged sound mark (ー) belongs with its katakana. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/gu;
/** Scripts written without spaces between words, which need a dictionary to split. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
/** A UAX #29 word: letters, digits and marks, joined by ' ’ . anywhere, , ; between digits, : · between letters. */
const WORD =
  /[\p{L}\p{N}\p{M}\p{Pc}]+(?:(?:['’.]|(?<=\p{N})[,;](?=\p{N})|(?<=\p{L})[:·](?=\p{L}))[\p{L}\p{N}\p{M}\p{Pc}]+)*/gu;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/** Words in a run of Thai, Lao, Khmer or Myanmar text. */
function countUnspaced(run: string): number {
  const words = wordSegmenter();
  // Without a segmenter (very old engines), about one word per four characters.
  if (!words) return Math.ceil(run.length / 4);
  let count = 0;
  for (const segment of words.segment(run)) if (segment.isWordLike) count++;
  return count;
}

/**
 * Dictionary segmentation is slow in some engines (hundreds of milliseconds for 10,000 Thai words
 * in Firefox), so past this many characters of Thai, Lao, Khmer or Myanmar the rest is estimated
 * from the words per character of the part already segmented.
 */
const UNSPACED_SAMPLE = 2000;

/** Words and CJK characters in a string. */
export function countText(text: string): { words: number; characters: number } {
  let rest = text;
  const characters = countMatches(rest, CJK);
  if (characters) rest = rest.replace(CJK, ' ');
  let words = 0;
  UNSPACED.lastIndex = 0;
  if (UNSPACED.test(rest)) {
    let sampled = 0;
    let sampledWords = 0;
    let estimated = 0;
    rest = rest.replace(UNSPACED, (run) => {
      if (sampled < UNSPACED_SAMPLE) {
        sampledWords += countUnspaced(run);
        sampled += run.length;
      } else {
        estimated += run.length;
      }
      return ' ';
    });
    words += sampledWords + Math.round((estimated * sampledWords) / sampled);
  }
  words += countMatches(rest, WORD);
  return { words, characters };
}

/** Whether an element and everything inside it is left out of the count. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  return element.hasAttribute('style') && (element as HTMLElement).style?.display === 'none';
}

/** One pass over `root`'s light DOM: words, CJK characters and images outside skipped parts. */
export function analyzeText(root: Node): TextStats {
  const parts: string[] = [];
  let images = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkipped(element)) {
        parts.push(' ');
      } else {
        if (element.tagName === 'IMG') images++;
        if (!INLINE.has(element.tagName)) parts.push(' ');
        descend = element.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, separating words when leaving a block.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && !INLINE.has((node as Element).tagName))
        parts.push(' ');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { ...countText(parts.join('')), images };
}

/** Seconds the images add: 12 for the first, one less for each next, never under 3. */
export function imageSeconds(count: number): number {
  let seconds = 0;
  for (let index = 0; index < count; index++) seconds += Math.max(12 - index, 3);
  return seconds;
}

function rate(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Reading time in seconds, not rounded. */
export function readingSeconds(stats: TextStats, rates: ReadingRates = {}): number {
  const wordsPerMinute = rate(rates.wordsPerMinute, WORDS_PER_MINUTE);
  const charactersPerMinute = rate(rates.charactersPerMinute, CHARACTERS_PER_MINUTE);
  return (
    (stats.words / wordsPerMinute + stats.characters / charactersPerMinute) * 60 + imageSeconds(stats.images)
  );
}

/** Reading time in whole minutes, rounded, at least 1. */
export function readingMinutes(stats: TextStats, rates: ReadingRates = {}): number {
  return Math.max(1, Math.round(readingSeconds(stats, rates) / 60));
}

/** A duration in whole minutes as an ISO 8601 duration for `<time datetime>`: 5 → `PT5M`, 90 → `PT1H30M`. */
export function isoMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours && rest) return `PT${hours}H${rest}M`;
  return hours ? `PT${hours}H` : `PT${rest}M`;
}
