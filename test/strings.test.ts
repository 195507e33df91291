// Every element's string table: each shipped language has every key, none empty, and keeps the
// English placeholders, so no reader ever sees "{count}" or an English word in a translated line.
import { expect } from '@open-wc/testing';
import { SHIPPED_LANGUAGES, type StringTable } from '../src/internal/locale.js';
import type { Tag } from '../src/internal/tags.js';
import { strings as categoryChips } from '../src/category-chips/category-chips.strings.js';
import { strings as photoCredit } from '../src/photo-credit/photo-credit.strings.js';
import { strings as postMeta } from '../src/post-meta/post-meta.strings.js';
import { strings as proTip } from '../src/pro-tip/pro-tip.strings.js';
import { strings as readingProgress } from '../src/reading-progress/reading-progress.strings.js';
import { strings as readingTime } from '../src/reading-time/reading-time.strings.js';
import { strings as shareButtons } from '../src/share-buttons/share-buttons.strings.js';
import { strings as tableOfContents } from '../src/table-of-contents/table-of-contents.strings.js';

// Record<Tag, …>: the type check fails when a tag has no table here.
const TABLES: Record<Tag, StringTable> = {
  'category-chips': categoryChips,
  'photo-credit': photoCredit,
  'post-meta': postMeta,
  'pro-tip': proTip,
  'reading-progress': readingProgress,
  'reading-time': readingTime,
  'share-buttons': shareButtons,
  'table-of-contents': tableOfContents,
};

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

for (const [tag, table] of Object.entries(TABLES)) {
  describe(`${tag} strings`, () => {
    const keys = Object.keys(table.en).sort();

    it('are namespaced by the tag', () => {
      for (const key of keys) expect(key.startsWith(`${tag}.`), key).to.equal(true);
    });

    for (const lang of SHIPPED_LANGUAGES) {
      it(`are complete in ${lang}, with the English placeholders`, () => {
        const translated = table[lang] ?? {};
        expect(Object.keys(translated).sort(), lang).to.deep.equal(keys);
        for (const key of keys) {
          const text = translated[key]!;
          expect(text.trim(), `${lang} ${key}`).not.to.equal('');
          expect(placeholders(text), `${lang} ${key}`).to.deep.equal(placeholders(table.en[key]!));
        }
      });
    }
  });
}
