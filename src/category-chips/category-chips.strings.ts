import type { StringTable } from '../internal/locale.js';

export type CategoryChipsKey =
  'category-chips.label' | 'category-chips.more' | 'category-chips.more-one' | 'category-chips.less';

/**
 * `category-chips.more` is the general form of the "+N more" button; `category-chips.more-one`
 * is used when `Intl.PluralRules` puts the count in the "one" category.
 */
export const strings: StringTable<CategoryChipsKey> = {
  en: {
    'category-chips.label': 'Categories',
    'category-chips.more': '+{count} more',
    'category-chips.more-one': '+{count} more',
    'category-chips.less': 'Show fewer',
  },
  es: {
    'category-chips.label': 'Categorías',
    'category-chips.more': '+{count} más',
    'category-chips.more-one': '+{count} más',
    'category-chips.less': 'Mostrar menos',
  },
  fr: {
    'category-chips.label': 'Catégories',
    'category-chips.more': '+{count} autres',
    'category-chips.more-one': '+{count} autre',
    'category-chips.less': 'Afficher moins',
  },
  de: {
    'category-chips.label': 'Kategorien',
    'category-chips.more': '+{count} weitere',
    'category-chips.more-one': '+{count} weitere',
    'category-chips.less': 'Weniger anzeigen',
  },
  pt: {
    'category-chips.label': 'Categorias',
    'category-chips.more': '+{count} outras',
    'category-chips.more-one': '+{count} outra',
    'category-chips.less': 'Mostrar menos',
  },
  ja: {
    'category-chips.label': 'カテゴリー',
    'category-chips.more': 'ほか{count}件',
    'category-chips.more-one': 'ほか{count}件',
    'category-chips.less': '折りたたむ',
  },
  zh: {
    'category-chips.label': '分类',
    'category-chips.more': '另外 {count} 个',
    'category-chips.more-one': '另外 {count} 个',
    'category-chips.less': '收起',
  },
  ar: {
    'category-chips.label': 'التصنيفات',
    'category-chips.more': '+{count} أخرى',
    'category-chips.more-one': '+{count} آخر',
    'category-chips.less': 'عرض أقل',
  },
};
