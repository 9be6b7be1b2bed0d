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

const ICON_ALT = {
  before: { nl: 'Oud pictogram', en: 'Old icon' },
  after: { nl: 'Nieuw pictogram', en: 'New icon' },
};

function isScreenshot(item: unknown): item is { src: string; alt: { nl: string; en: string } } {
  return typeof item === 'object' && item !== null && 'src' in item && 'alt' in item && isLocalized(item.alt);
}

/**
 * One side of a field change, readable: texts in the reader's language, claims by name, and the
 * icon and screenshots as the images themselves, not their paths (issue 11 items 14 and 15).
 */
export function ChangeValue({
  value,
  field,
  side = 'after',
}: {
  value: unknown;
  field?: string;
  side?: 'before' | 'after';
}) {
  const localized = useLocalized();
  if (field === 'icon' && typeof value === 'string')
    return (
      <img className="ic-review-icon" src={value} alt={localized(ICON_ALT[side])} width={48} height={48} />
    );
  if (field === 'screenshots' && Array.isArray(value) && value.length > 0 && value.every(isScreenshot)) {
    return (
      <span className="ic-screenshot-thumbs">
        {value.map((shot) => (
          <img key={shot.src} src={shot.src} alt={localized(shot.alt)} width={80} loading="lazy" />
        ))}
      </span>
    );
  }
  return <>{describe(value, localized)}</>;
}
