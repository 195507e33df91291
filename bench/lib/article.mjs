// Deterministic article text for the benchmark pages (the same text on every run and machine).
const WORDS = (
  'the reader page article light time word line story idea method history paper morning river city ' +
  'window garden letter voice question answer number simple careful quiet early later between through ' +
  'about should would could people often every small large bright narrow gentle patient writer editor ' +
  'chapter figure section detail measure notice follow return explain remember consider compare describe ' +
  'library museum market harbour mountain valley station bridge winter summer autumn spring evening'
).split(' ');

/** A small seeded pseudo-random generator (mulberry32). */
export function random(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sentence(rand, words = 8 + Math.floor(rand() * 12)) {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  list[0] = list[0][0].toUpperCase() + list[0].slice(1);
  return `${list.join(' ')}.`;
}

export function paragraph(rand, wordsTarget) {
  const out = [];
  let count = 0;
  while (count < wordsTarget) {
    const n = Math.min(8 + Math.floor(rand() * 12), Math.max(1, wordsTarget - count));
    out.push(sentence(rand, n));
    count += n;
  }
  return out.join(' ');
}

export const title = (rand) => sentence(rand, 3 + Math.floor(rand() * 3)).slice(0, -1);

/**
 * An article with `sections` h2 sections (every third with two h3 subsections), each heading with
 * an id (tocbot needs ids; our table of contents keeps existing ids), and roughly `words` words.
 */
export function articleHtml({ sections = 40, words = 6000, seed = 7, extra = () => '' } = {}) {
  const rand = random(seed);
  const perSection = Math.round(words / sections);
  const parts = [];
  let counted = 0;
  for (let s = 1; s <= sections; s++) {
    const heading = `${s}. ${title(rand)}`;
    parts.push(`<h2 id="s${s}">${heading}</h2>`);
    // Three paragraphs per section; in every third section the last two open h3 subsections.
    const subsections = s % 3 === 0;
    const blocks = 3;
    for (let b = 0; b < blocks; b++) {
      if (subsections && b > 0) parts.push(`<h3 id="s${s}-${b}">${title(rand)}</h3>`);
      const n = Math.round(perSection / blocks);
      parts.push(`<p>${paragraph(rand, n)}</p>`);
      counted += n;
    }
    parts.push(extra(s, rand));
  }
  return { html: parts.join('\n'), words: counted };
}
