import type { StringTable } from '../internal/locale.js';

/** `label="…"` replaces the navigation's name, `summary="…"` the disclosure's summary. */
export type TableOfContentsStringKey = 'table-of-contents.label' | 'table-of-contents.summary';

export const strings: StringTable<TableOfContentsStringKey> = {
  en: {
    'table-of-contents.label': 'Table of contents',
    'table-of-contents.summary': 'Contents',
  },
  es: {
    'table-of-contents.label': 'Tabla de contenidos',
    'table-of-contents.summary': 'Contenido',
  },
  fr: {
    'table-of-contents.label': 'Table des matières',
    'table-of-contents.summary': 'Sommaire',
  },
  de: {
    'table-of-contents.label': 'Inhaltsverzeichnis',
    'table-of-contents.summary': 'Inhalt',
  },
  pt: {
    'table-of-contents.label': 'Índice',
    'table-of-contents.summary': 'Conteúdo',
  },
  ja: {
    'table-of-contents.label': '目次',
    'table-of-contents.summary': '目次',
  },
  zh: {
    'table-of-contents.label': '目录',
    'table-of-contents.summary': '目录',
  },
  ar: {
    'table-of-contents.label': 'جدول المحتويات',
    'table-of-contents.summary': 'المحتويات',
  },
};
