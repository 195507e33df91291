/**
 * `Intl` formatters, built once per language and options and then reused. Creating a formatter
 * loads locale data and costs far more than formatting with it (a page of reading times and
 * dates made a new one per call); keyed by the resolved language, a cached formatter follows a
 * `lang` change because the new language is a new key. Plain English numbers and dates skip
 * `Intl` altogether (`english-formats.ts`).
 */
import { englishFormat, type Formatter } from './english-formats.js';

const cache = new Map<string, unknown>();

function cached<F, O>(kind: string, create: (lang: string, options?: O) => F, lang: string, options?: O): F {
  const json = options ? JSON.stringify(options) : '';
  const key = `${kind}|${lang}|${json}`;
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    try {
      const slow = () => create(lang, options) as Formatter<never>;
      formatter = (englishFormat(kind, lang, json, slow) as F | undefined) ?? create(lang, options);
    } catch {
      // A language tag Intl refuses: English rather than nothing (and never an exception).
      formatter = create('en', options);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions): Formatter<number> =>
  cached('number', (l, o) => new Intl.NumberFormat(l, o), lang, options);

export const dateTimeFormat = (lang: string, options?: Intl.DateTimeFormatOptions): Formatter<Date> =>
  cached('date', (l, o) => new Intl.DateTimeFormat(l, o), lang, options);

export const relativeTimeFormat = (
  lang: string,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat => cached('relative', (l, o) => new Intl.RelativeTimeFormat(l, o), lang, options);

export const pluralRules = (lang: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached('plural', (l, o) => new Intl.PluralRules(l, o), lang, options);
