import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import type { Membership } from '../../../shared/schemas/persona.ts';

/**
 * The municipality someone opens apps as: their first resident membership, the same one the
 * server checks a launch against, so what the page promises matches what the server allows.
 */
export function residentMunicipality(roles: Membership[]): MunicipalityCode | null {
  for (const membership of roles) {
    if (membership.role === 'resident') return membership.municipality;
  }
  return null;
}
