import type { Locale } from '../../../shared/schemas/common.ts';

/**
 * The one way the storefront shows dates (issue 11 item 13: formats were mixed): "1 december 2026",
 * with a time "1 december 2026 om 14:05"; in English "1 December 2026" and "1 December 2026 at
 * 14:05". Always in Dutch time, whatever the reader's device says. Never format dates elsewhere:
 * tests/unit/no-raw-dates.test.ts fails on Intl.DateTimeFormat or toLocale* outside this file.
 */
const ZONE = 'Europe/Amsterdam';
/** English as in Britain: day before month, 24-hour clock, like the Dutch. */
const TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const AT: Record<Locale, string> = { nl: 'om', en: 'at' };
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'date' | 'time' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let found = cache.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : kind === 'month'
          ? { month: 'long', year: 'numeric' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    found = new Intl.DateTimeFormat(TAG[locale], { ...options, timeZone: ZONE });
    cache.set(key, found);
  }
  return found;
}

/** An instant (ISO 8601) or a calendar day (YYYY-MM-DD, read as that day in the Netherlands). */
function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const date = new Date(CALENDAR_DAY.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "1 december 2026"; the value as it is when it is not a date. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = toDate(value);
  return date ? formatter(locale, 'date').format(date) : String(value);
}

/** "1 december 2026 om 14:05" / "1 December 2026 at 14:05". A calendar day gets no time. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  const date = toDate(value);
  if (!date) return String(value);
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) return formatDate(date, locale);
  return `${formatter(locale, 'date').format(date)} ${AT[locale]} ${formatter(locale, 'time').format(date)}`;
}

/** "december 2026": how evidence dates are shown publicly. */
export function formatMonth(value: string | Date, locale: Locale): string {
  const date = toDate(value);
  return date ? formatter(locale, 'month').format(date) : String(value);
}
