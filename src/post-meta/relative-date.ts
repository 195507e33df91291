// Relative dates for `<post-meta>`: the "3 days ago" phrase, and the one timer that keeps every such phrase current.
import type { ReactiveControllerHost } from 'lit';
import { relativeTimeFormat } from '../internal/intl.js';
import type { ParsedDate } from '../internal/iso-date.js';

const DAY = 24 * 3600e3;

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

/** Midnight UTC of a date's day: the calendar day itself, or the day in the reader's time zone. */
function dayOf(date: Date, calendar: boolean): number {
  return calendar ? date.getTime() : Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * "3 days ago", "yesterday", "in 2 weeks", in `lang`. Past a day (and always for a calendar day)
 * it counts whole calendar days, so "yesterday" is the day before today and a day is never
 * "20 hours ago".
 */
export function relativePhrase(parsed: ParsedDate, now: number, lang: string): string {
  let difference = parsed.date.getTime() - now;
  const inDays = parsed.dateOnly || Math.abs(difference) >= DAY;
  if (inDays) difference = dayOf(parsed.date, parsed.dateOnly) - dayOf(new Date(now), false);
  const units = inDays ? UNITS.slice(0, 4) : UNITS;
  const [unit, size] = units.find(([, size]) => Math.abs(difference) >= size) ?? units[units.length - 1]!;
  const value = Math.round(difference / size);
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return relativeTimeFormat(lang, options).format(value, unit);
}

/** Elements showing relative dates share one timer that refreshes them every minute. */
const relativeElements = new Set<ReactiveControllerHost>();
let relativeTimer: ReturnType<typeof setInterval> | undefined;

/** Adds `element` to the minute timer (`on`) or takes it off; the timer runs only while someone needs it. */
export function watchRelative(element: ReactiveControllerHost, on: boolean): void {
  if (on) relativeElements.add(element);
  else relativeElements.delete(element);
  if (relativeElements.size > 0 && relativeTimer === undefined) {
    relativeTimer = setInterval(() => {
      for (const each of relativeElements) each.requestUpdate();
    }, 60e3);
  } else if (relativeElements.size === 0 && relativeTimer !== undefined) {
    clearInterval(relativeTimer);
    relativeTimer = undefined;
  }
}
