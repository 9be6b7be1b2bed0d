import { useLocalized } from '../../i18n/i18n-provider.tsx';

function isLocalized(value: unknown): value is { nl: string; en: string } {
  return typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;
}

function describe(value: unknown, localized: (t: { nl: string; en: string }) => string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (isLocalized(value)) return localized(value);
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item === 'object' && item !== null && 'claim' in item) return String(item.claim);
        if (typeof item === 'object' && item !== null && 'kind' in item && 'validUntil' in item)
          return `${String(item.kind)} (${String(item.validUntil)})`;
        return describe(item, localized);
      })
      .join(', ');
  }
  return JSON.stringify(value);
}

/** One side of a field change, readable: texts in the reader's language, claims by name. */
export function ChangeValue({ value }: { value: unknown }) {
  const localized = useLocalized();
  return <>{describe(value, localized)}</>;
}
