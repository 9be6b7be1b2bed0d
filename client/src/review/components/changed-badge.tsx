import { useMessages } from '../../identity/use-messages.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { reviewMessages } from '../messages.ts';

/** A visible word, not only a colour, so the change is clear to everyone (WCAG 1.4.1). */
export function ChangedBadge({ kind = 'changed' }: { kind?: 'changed' | 'added' | 'removed' }) {
  const m = useMessages(reviewMessages).content;
  return (
    <StatusBadge status={kind === 'removed' ? 'danger' : 'warning'} className="ic-changed-badge">
      {m[kind]}
    </StatusBadge>
  );
}
