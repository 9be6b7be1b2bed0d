import type { Locale } from '../../../../shared/schemas/common.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { formatDate } from '../../lib/format-date.ts';

function isLocalized(value: unknown): value is { nl: string; en: string } {
  return typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;
}

type Words = { localized: (t: { nl: string; en: string }) => string; locale: Locale };

function describe(value: unknown, words: Words): string {
  const { localized, locale } = words;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (isLocalized(value)) return localized(value);
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item === 'object' && item !== null && 'claim' in item) return String(item.claim);
        if (typeof item === 'object' && item !== null && 'kind' in item && 'validUntil' in item)
          return `${String(item.kind)} (${formatDate(String(item.validUntil), locale)})`;
        return describe(item, words);
      })
      .join(', ');
  }
  return JSON.stringify(value);
}

/** One side of a field change, readable: texts in the reader's language, claims by name. */
export function ChangeValue({ value }: { value: unknown }) {
  const localized = useLocalized();
  const { locale } = useLocale();
  return <>{describe(value, { localized, locale })}</>;
}
