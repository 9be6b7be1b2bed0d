import type { PublicEvidence } from '../../../../shared/schemas/evidence.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatMonth } from '../../lib/format-date.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { evidenceWords } from './evidence-words.ts';

/** "Pentest: juni 2026, geldig tot juni 2027", and "verlopen" once it ran out. */
export function CriterionEvidence({ items }: { items: PublicEvidence }) {
  const w = useMessages(evidenceWords);
  const { locale } = useLocale();
  if (items.length === 0) return <>{w.none}</>;
  return (
    <>
      {items.map((item) => (
        <span key={`${item.kind}-${item.validUntil}`} className="ic-evidence">
          {w.checked(
            w.kind[item.kind],
            formatMonth(item.issuedOn, locale),
            formatMonth(item.validUntil, locale),
          )}{' '}
          {item.status !== 'valid' && (
            <StatusBadge status={item.status === 'expired' ? 'danger' : 'warning'}>
              {w.status[item.status]}
            </StatusBadge>
          )}
        </span>
      ))}
    </>
  );
}
