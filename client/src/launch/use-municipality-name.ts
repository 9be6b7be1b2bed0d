import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import { useMunicipality } from '../municipalities/municipality-provider.tsx';

/** A municipality's name once the list has loaded; null until then (texts then say "je gemeente"). */
export function useMunicipalityName(code: MunicipalityCode): string | null {
  const { list } = useMunicipality();
  if (list.status !== 'ready') return null;
  return list.municipalities.find((municipality) => municipality.code === code)?.name ?? null;
}
