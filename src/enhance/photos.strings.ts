import type { SHIPPED_LANGUAGES } from '../internal/locale.js';

/**
 * The words that open a credit line when a colon follows them (`Photo: …`, `Fuente: …`,
 * `写真：…`), in every shipped language. Only enhance() reads them, to recognise credit lines;
 * `<photo-credit>` shows none of them. The "Photo by {author} on {source}" lines come from
 * `<photo-credit>`'s own strings (photo-credit.strings.ts): see `creditVocabulary()` in photos.ts.
 */
export const wordsBeforeColon: Record<(typeof SHIPPED_LANGUAGES)[number], readonly string[]> = {
  en: [
    'photo',
    'photos',
    'photograph',
    'image',
    'images',
    'picture',
    'illustration',
    'credit',
    'credits',
    'source',
    'photo credit',
    'image credit',
    'image source',
  ],
  es: ['foto', 'imagen', 'fuente', 'crédito', 'créditos'],
  fr: ['photo', 'image', 'source', 'crédit', 'crédits', 'crédit photo'],
  de: ['foto', 'bild', 'quelle', 'bildquelle', 'fotografie'],
  pt: ['foto', 'imagem', 'fonte', 'crédito', 'créditos'],
  ja: ['写真', '画像', '出典', 'クレジット', '提供'],
  zh: ['图片', '图片来源', '来源', '摄影', '图源'],
  ar: ['صورة', 'المصدر', 'مصدر الصورة', 'حقوق الصورة'],
};

/**
 * Words that open a credit line with the name right after them, no colon ("Image by … from
 * Pixabay", "Photo courtesy of NASA"), beyond what `<photo-credit>`'s templates already say.
 */
export const wordsBeforeName: Record<(typeof SHIPPED_LANGUAGES)[number], readonly string[]> = {
  en: [
    ...['photo', 'photos', 'image', 'images', 'picture', 'pictures', 'illustration', 'illustrations'].flatMap(
      (noun) => [`${noun} by`, `${noun} courtesy of`],
    ),
    'courtesy of',
  ],
  es: [],
  fr: [],
  de: [],
  pt: [],
  ja: [],
  zh: [],
  ar: [],
};
