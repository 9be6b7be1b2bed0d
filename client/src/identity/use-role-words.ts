import { useCallback } from 'react';
import type { Membership } from '../../../shared/schemas/persona.ts';
import { useMunicipality } from '../municipalities/municipality-provider.tsx';
import { identityMessages } from './messages.ts';
import { useMessages } from './use-messages.ts';

/** A membership in words ("inwoner van Utrecht"), with the municipality's name once it is known. */
export function useRoleWords(): (membership: Membership) => string {
  const m = useMessages(identityMessages);
  const { list } = useMunicipality();
  return useCallback(
    (membership: Membership) => {
      switch (membership.role) {
        case 'resident':
        case 'municipality-admin':
        case 'professional': {
          const code = membership.municipality;
          const name =
            list.status === 'ready' ? list.municipalities.find((x) => x.code === code)?.name : undefined;
          if (code === null) return m.roleNames[membership.role];
          return m.roles[membership.role](name ?? code);
        }
        default:
          return m.roles[membership.role];
      }
    },
    [m, list],
  );
}
