import type { StringTable } from '../internal/locale.js';

export type Key = 'reading-progress.time-left';

/** `{time}` is the duration from `Intl.NumberFormat` ("3 min"). */
export const strings: StringTable<Key> = {
  en: { 'reading-progress.time-left': '{time} left' },
  es: { 'reading-progress.time-left': 'quedan {time}' },
  fr: { 'reading-progress.time-left': 'encore {time}' },
  de: { 'reading-progress.time-left': 'noch {time}' },
  pt: { 'reading-progress.time-left': 'faltam {time}' },
  ja: { 'reading-progress.time-left': '残り{time}' },
  zh: { 'reading-progress.time-left': '剩余 {time}' },
  ar: { 'reading-progress.time-left': 'يتبقى {time}' },
};
