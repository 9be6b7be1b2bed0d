import type { AppSummary } from '../../../../shared/schemas/catalog.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';

/** What the app costs the resident, in words; with the vendor's note on the app's own page. */
export function CostText({ cost, withNote = false }: { cost: AppSummary['cost']; withNote?: boolean }) {
  const t = useT();
  const localized = useLocalized();
  const label = t(`cost.${cost.model}`);
  if (!withNote || !cost.note) return <>{label}</>;
  const note = localized(cost.note);
  // "Gratis. Gratis en zonder reclame.": a note that already says the label stands alone (item 13).
  const bare = label.replace(/[.!?]$/, '').toLowerCase();
  if (note.toLowerCase().startsWith(bare)) return <>{note}</>;
  const separator = /[.!?]$/.test(label) ? ' ' : '. ';
  return <>{`${label}${separator}${note}`}</>;
}
