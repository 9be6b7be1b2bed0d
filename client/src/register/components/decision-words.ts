import type { Locale } from '../../../../shared/schemas/common.ts';

/** A calendar date as people read it ("1 dec 2026"), in Dutch time. */
export function formatDate(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(
    new Date(value),
  );
}
