// The words enhance() recognises, and where each comes from: a callout's written label from
// pro-tip's string table (labelVocabulary), a credit line from photo-credit's string table and
// enhance/photos.strings.ts (creditVocabulary). Each vocabulary is exactly its sources, and every
// word in it is recognised in markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhanceHtml } from '../../src/enhance-html.js';
import { creditVocabulary } from '../../src/enhance/photos.js';
import { wordsBeforeColon, wordsBeforeName } from '../../src/enhance/photos.strings.js';
import { SHIPPED_LANGUAGES, fill } from '../../src/internal/locale.js';
import { strings as photoStrings } from '../../src/photo-credit/photo-credit.strings.js';
import {
  PRO_TIP_KINDS,
  canonicalKind,
  labelVocabulary,
  normalizeLabel,
} from '../../src/pro-tip/pro-tip.kinds.js';
import { strings as proTipStrings } from '../../src/pro-tip/pro-tip.strings.js';
import { parseBodyFragment } from '../../src/enhance/html-tree.js';

test("labelVocabulary() is the kind names and aliases plus every language's label from pro-tip's strings", () => {
  const vocabulary = labelVocabulary();
  const shipped = SHIPPED_LANGUAGES.flatMap((lang) =>
    PRO_TIP_KINDS.map((kind) => ({
      lang,
      kind,
      label: normalizeLabel(proTipStrings[lang]![`pro-tip.${kind}`]!),
    })),
  );
  for (const { lang, kind, label } of shipped) {
    // A label two kinds share resolves to the first one listed, in the first language listed.
    const first = shipped.find((other) => other.label === label)!;
    assert.equal(vocabulary.get(label), canonicalKind(label) ?? first.kind, `${lang} ${kind} "${label}"`);
  }
  for (const [word, kind] of vocabulary) {
    const fromTable = shipped.some((entry) => entry.label === word);
    assert.ok(
      fromTable || canonicalKind(word) === kind,
      `"${word}" comes from a name, an alias or the table`,
    );
  }
});

test('every label in the vocabulary turns a bold-label blockquote into that kind of callout', () => {
  for (const [word, kind] of labelVocabulary()) {
    const { html, counts } = enhanceHtml(`<blockquote><p><strong>${word}:</strong> Text.</p></blockquote>`);
    assert.equal(counts.callouts, 1, word);
    assert.equal(parseBodyFragment(html).querySelector('pro-tip')!.getAttribute('kind'), kind, word);
  }
});

test("creditVocabulary() is photo-credit's credit templates plus enhance/photos.strings.ts", () => {
  const vocabulary = creditVocabulary();
  const templates = new Set(
    (['photo-credit.photo-by', 'photo-credit.photo-by-author', 'photo-credit.photo-via'] as const).flatMap(
      (key) => SHIPPED_LANGUAGES.map((lang) => photoStrings[lang]![key]!),
    ),
  );
  assert.deepEqual(new Set(vocabulary.templates), templates);
  const lower = (table: Record<string, readonly string[]>) =>
    new Set(SHIPPED_LANGUAGES.flatMap((lang) => table[lang]!.map((word) => word.toLowerCase())));
  assert.deepEqual(new Set(vocabulary.beforeColon), lower(wordsBeforeColon));
  assert.deepEqual(new Set(vocabulary.beforeName), lower(wordsBeforeName));
  for (const lang of SHIPPED_LANGUAGES)
    assert.ok(wordsBeforeColon[lang].length > 0, `${lang} has credit words`);
});

test('every wording in the credit vocabulary credits the image before it', () => {
  const { templates, beforeColon, beforeName } = creditVocabulary();
  const lines = [
    ...templates.map((template) => fill(template, { author: 'Ana Ruiz', source: 'Unsplash' })),
    ...beforeColon.map((word) => `${word}: Ana Ruiz`),
    ...beforeName.map((word) => `${word} Ana Ruiz`),
  ];
  for (const line of lines) {
    const { html, counts } = enhanceHtml(`<p><img src="a.jpg" alt=""></p><p>${line}</p>`);
    assert.equal(counts.photos, 1, line);
    const credit = parseBodyFragment(html).querySelector('photo-credit > [slot="credit"]')!;
    assert.equal(credit.textContent, line);
  }
  assert.equal(enhanceHtml('<p><img src="a.jpg" alt=""></p><p>Photographer: Ana Ruiz</p>').counts.photos, 0);
});
