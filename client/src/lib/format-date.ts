import type { Locale } from '../../../shared/schemas/common.ts';

const at = (day: string) => new Date(`${day}T12:00:00Z`);

/** A calendar day (YYYY-MM-DD) as people read it: "1 jun 2026". */
export function formatDay(day: string, locale: Locale): string {
  const date = at(day);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A calendar day as its month: "juni 2026" (how evidence dates are shown publicly). */
export function formatMonth(day: string, locale: Locale): string {
  const date = at(day);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
