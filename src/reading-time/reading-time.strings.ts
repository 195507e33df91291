import type { StringTable } from '../internal/locale.js';

export type Key = 'reading-time.read' | 'reading-time.read-long';

/** `{time}` is the duration from `Intl.NumberFormat` ("5 min", "5 minutes"). */
export const strings: StringTable<Key> = {
  en: { 'reading-time.read': '{time} read', 'reading-time.read-long': '{time} to read' },
  es: { 'reading-time.read': '{time} de lectura', 'reading-time.read-long': '{time} de lectura' },
  fr: { 'reading-time.read': '{time} de lecture', 'reading-time.read-long': '{time} de lecture' },
  de: { 'reading-time.read': '{time} Lesezeit', 'reading-time.read-long': '{time} Lesezeit' },
  pt: { 'reading-time.read': '{time} de leitura', 'reading-time.read-long': '{time} de leitura' },
  ja: { 'reading-time.read': '{time}で読めます', 'reading-time.read-long': '{time}で読めます' },
  zh: { 'reading-time.read': '阅读时间 {time}', 'reading-time.read-long': '阅读时间 {time}' },
  ar: { 'reading-time.read': 'قراءة {time}', 'reading-time.read-long': 'مدة القراءة {time}' },
};
