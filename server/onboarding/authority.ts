import type { GrantedRole } from '../../shared/schemas/onboarding.ts';
import {
  type AuthUser,
  administersMunicipality,
  isPlatformAdmin,
  vendorOrganisations,
} from '../identity/identity.types.ts';
import type { Grant } from './membership.repository.ts';

/**
 * Who may grant or remove a role (issue 14): a platform admin anything; a municipality admin
 * co-admins of their own municipality; a vendor member colleagues in their own organisation.
 */
export function mayManage(user: AuthUser, grant: Grant): boolean {
  if (isPlatformAdmin(user)) return true;
  if (grant.role === 'municipality-admin' && grant.municipality)
    return administersMunicipality(user, grant.municipality);
  if (grant.role === 'vendor' && grant.organisationId)
    return vendorOrganisations(user).includes(grant.organisationId);
  return false;
}

/** Scopes whose last holder cannot be removed: someone must stay able to invite the next one. */
export const ADMIN_ROLES: ReadonlySet<GrantedRole> = new Set([
  'platform-admin',
  'municipality-admin',
  'vendor',
]);

/** Whether someone may see onboarding at all (the pages and lists). */
export function isOnboarder(user: AuthUser): boolean {
  return user.memberships.some(
    (m) => m.role === 'platform-admin' || m.role === 'municipality-admin' || m.role === 'vendor',
  );
}
