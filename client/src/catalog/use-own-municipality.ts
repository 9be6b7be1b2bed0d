import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import { useSession } from '../identity/session-provider.tsx';
import { residentMunicipality } from '../launch/resident.ts';
import { useMunicipality } from '../municipalities/municipality-provider.tsx';

export interface OwnMunicipality {
  code: MunicipalityCode;
  /** The name once the list has loaded; the code until then. */
  name: string;
}

/**
 * The signed-in resident's own municipality, from the session: the one a launch is checked
 * against, so marks and filters say what the resident can really open. Null for anyone else.
 */
export function useOwnMunicipality(): OwnMunicipality | null {
  const { session } = useSession();
  const { list } = useMunicipality();
  const code = residentMunicipality(session?.roles ?? []);
  if (!code) return null;
  const known = list.status === 'ready' ? list.municipalities.find((m) => m.code === code) : undefined;
  return { code, name: known?.name ?? code };
}
