import type { Locale } from '../../../shared/schemas/common.ts';

/** A moment as people read it ("3 mrt 2025, 14:05"), in Dutch time; the raw value if it is not a date. */
export function formatDateTime(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
