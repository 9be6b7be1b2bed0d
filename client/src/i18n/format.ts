import type { Locale } from '../../../shared/schemas/common.ts';

/** ISO 639-1 codes as language names in the reader's language, joined as a sentence. */
export function formatLanguages(codes: string[], locale: Locale): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const list = codes.map((code) => names.of(code) ?? code);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
}
