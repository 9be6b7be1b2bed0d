import { useMessages } from '../../identity/use-messages.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { residentMessages } from '../resident-messages.ts';

/** "Aangeboden door gemeente Utrecht": on a card and the app page, for a signed-in resident. */
export function OfferedMark({ municipality }: { municipality: string }) {
  const m = useMessages(residentMessages);
  return (
    <p className="ic-offered-mark">
      <StatusBadge status="success">{m.offeredBy(municipality)}</StatusBadge>
    </p>
  );
}
