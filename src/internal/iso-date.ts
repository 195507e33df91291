/** ISO 8601 dates as authors write them: read by `<post-meta>` in the browser and by the build when it checks frontmatter. */
import { dateTimeFormat } from './intl.js';

/** ISO 8601 as HTML's `<time datetime>` takes it: a date, optionally a time (after `T` or a space) and an offset. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedDate {
  date: Date;
  /** A date without a time is a calendar day: formatted in UTC so no time zone moves it. */
  dateOnly: boolean;
}

/** A date as HTML's `datetime` takes it, or null for anything else (including days that do not exist). */
export function parseDate(value: string): ParsedDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, fraction, offset] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Reject days that do not exist (2025-02-30) instead of rolling them over.
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return null;
  if (hours === undefined) return { date: calendar, dateOnly: true };
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return null;
  // Rebuild a form every engine's Date parser accepts: milliseconds, and an offset with a colon.
  const zone =
    offset === undefined ? '' : /z/i.test(offset) ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const milliseconds = (fraction ?? '').padEnd(3, '0').slice(0, 3);
  const date = new Date(
    `${year}-${month}-${day}T${hours}:${minutes}:${seconds ?? '00'}.${milliseconds}${zone}`,
  );
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly: false };
}

/** The date in `lang` and `dateStyle`; a calendar day in UTC, so it stays that day in every time zone. */
export function formatDate(
  parsed: ParsedDate,
  lang: string,
  dateStyle: 'full' | 'long' | 'medium' | 'short',
): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle, ...(parsed.dateOnly ? { timeZone: 'UTC' } : {}) };
  return dateTimeFormat(lang, options).format(parsed.date);
}
