import type { AssuranceLevel } from '../../shared/assurance.ts';
import type { Membership, PersonProfile } from '../../shared/schemas/persona.ts';

/**
 * What the platform knows of a person: everything for a demo persona, only what the broker or
 * staff connection gave for someone signed in upstream (claims it did not give stay absent).
 */
export type UserProfile = Partial<PersonProfile>;

/** The signed-in person as every service sees them. */
export interface AuthUser {
  id: string;
  profile: UserProfile;
  memberships: Membership[];
  /** The assurance level of this session's sign-in (residents); absent for staff and at rest. */
  assurance?: AssuranceLevel | null;
}

export function displayName(user: { profile: UserProfile }): string {
  const name = [user.profile.givenName, user.profile.familyName].filter(Boolean).join(' ');
  return name || user.profile.email || 'Inwoner';
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
