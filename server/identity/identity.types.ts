import type { Membership, PersonProfile } from '../../shared/schemas/persona.ts';

/** The signed-in person as every service sees them. */
export interface AuthUser {
  id: string;
  profile: PersonProfile;
  memberships: Membership[];
}

export function displayName(user: AuthUser): string {
  return `${user.profile.givenName} ${user.profile.familyName}`;
}

export function isReviewer(user: AuthUser): boolean {
  return user.memberships.some((m) => m.role === 'reviewer');
}

export function isPlatformAdmin(user: AuthUser): boolean {
  return user.memberships.some((m) => m.role === 'platform-admin');
}

export function vendorOrganisations(user: AuthUser): string[] {
  return user.memberships.flatMap((m) => (m.role === 'vendor' ? [m.organisationId] : []));
}

export function residentMunicipality(user: AuthUser): string | null {
  const membership = user.memberships.find((m) => m.role === 'resident');
  return membership?.role === 'resident' ? membership.municipality : null;
}

export function administersMunicipality(user: AuthUser, code: string): boolean {
  return user.memberships.some((m) => m.role === 'municipality-admin' && m.municipality === code);
}
