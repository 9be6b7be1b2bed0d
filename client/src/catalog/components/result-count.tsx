import { useT } from '../../i18n/i18n-provider.tsx';

/**
 * How many apps match. A polite live region, so a screen reader hears the new number after a
 * filter changes without losing its place in the form.
 */
export function ResultCount({ total }: { total: number }) {
  const t = useT();
  const text =
    total === 0
      ? t('results.found.none')
      : total === 1
        ? t('results.found.one')
        : t('results.found.other', { count: total });
  return (
    <p className="utrecht-paragraph ic-result-count" role="status" aria-live="polite">
      {text}
    </p>
  );
}
