import type { Locale } from '../../../shared/schemas/common.ts';

/** A date as residents read it ("3 maart 2025"); the raw value when it is not a date. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** ISO 639-1 codes as language names in the reader's language, joined as a sentence. */
export function formatLanguages(codes: string[], locale: Locale): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const list = codes.map((code) => names.of(code) ?? code);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
}
