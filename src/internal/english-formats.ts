/**
 * English numbers, minutes and dates written without `Intl`. A page's first `Intl` number or
 * date formatter loads the engine's locale data: 16–41 ms on a desktop Chromium, four times that
 * on a phone, in the task that renders the first screen. An English article's first screen needs
 * only a date and a reading time, so for `en` and `en-US` these give `Intl`'s exact text
 * (test/intl.test.ts compares them in every engine) and leave every other case to `Intl`.
 */

export interface Formatter<T> {
  format(value: T): string;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

// The option sets the elements pass, exactly (`cached()` in intl.ts writes them as JSON); any
// other options are Intl's to format.
const MINUTES = /^\{"style":"unit","unit":"minute","unitDisplay":"(short|long)","maximumFractionDigits":0\}$/;
const DATE = /^\{"dateStyle":"(full|long|medium|short)"(,"timeZone":"UTC")?\}$/;

/**
 * The `number` or `date` formatter for `lang` and the options (as JSON, '' for none), or undefined when `Intl` must
 * do it. Values outside what it writes (fractions, negatives, years before 1000 or after 9999,
 * which engines write differently) go to `fallback()`, built on first need.
 */
export function englishFormat<T extends number | Date>(
  kind: string,
  lang: string,
  options: string,
  fallback: () => Formatter<T>,
): Formatter<T> | undefined {
  // Other English (`en-GB`, `en-IN`) orders dates differently.
  if (lang !== 'en' && lang !== 'en-US') return undefined;
  let slow: Formatter<T> | undefined;
  const other = (value: T) => (slow ??= fallback()).format(value);
  const unit = MINUTES.exec(options)?.[1];
  if (kind === 'number' && (unit || options === '' || options === '{}'))
    return {
      format(value) {
        const whole = Math.round(value as number);
        if (!(Number(value) >= 0 && Number.isSafeInteger(unit ? whole : value))) return other(value);
        const digits = String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
        return unit ? `${digits} ${unit === 'short' ? 'min' : whole === 1 ? 'minute' : 'minutes'}` : digits;
      },
    };
  const [, style, utc] = DATE.exec(options) ?? [];
  if (kind !== 'date' || !style) return undefined;
  return {
    format(value) {
      const date = value as Date;
      const part = (name: 'FullYear' | 'Month' | 'Date' | 'Day') => date[`get${utc ? 'UTC' : ''}${name}`]();
      const year = part('FullYear');
      if (!(year >= 1000 && year <= 9999)) return other(value);
      const month = MONTHS[part('Month')]!;
      const day = part('Date');
      if (style === 'short') return `${part('Month') + 1}/${day}/${String(year).slice(2)}`;
      if (style === 'medium') return `${month.slice(0, 3)} ${day}, ${year}`;
      return `${style === 'full' ? `${WEEKDAYS[part('Day')]}, ` : ''}${month} ${day}, ${year}`;
    },
  };
}
