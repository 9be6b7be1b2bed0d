import { useSearchParams } from 'react-router';
import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import { adminMunicipalities } from '../identity/roles.ts';
import { useSession } from '../identity/session-provider.tsx';

/**
 * The municipality the admin works on: `?gemeente=` when they manage more than one, otherwise
 * their only one. A code they do not manage is ignored (the server would refuse it anyway).
 */
export function useAdminMunicipality(): { code: MunicipalityCode | null; all: MunicipalityCode[] } {
  const all = adminMunicipalities(useSession().session?.roles ?? []);
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('gemeente');
  const code = asked && all.includes(asked) ? asked : (all[0] ?? null);
  return { code, all };
}
