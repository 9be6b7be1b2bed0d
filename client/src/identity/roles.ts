import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import type { Membership } from '../../../shared/schemas/persona.ts';

export type Role = Membership['role'];

export function hasRole(roles: Membership[], role: Role): boolean {
  return roles.some((membership) => membership.role === role);
}

/** The municipalities someone may manage, in the order of their memberships. */
export function adminMunicipalities(roles: Membership[]): MunicipalityCode[] {
  return roles.flatMap((m) => (m.role === 'municipality-admin' ? [m.municipality] : []));
}

// Someone with several roles starts where the work is; residents start at the catalog.
const HOMES: Array<[Role, string]> = [
  ['platform-admin', '/beheer'],
  ['vendor', '/aanbieder'],
  ['reviewer', '/beoordelen'],
  ['municipality-admin', '/gemeente'],
  ['professional', '/verwijzen'],
];

export function homeForRoles(roles: Membership[]): string {
  return HOMES.find(([role]) => hasRole(roles, role))?.[1] ?? '/';
}

/**
 * A path to return to after signing in, only when it stays on this site: `//evil.example`
 * and `/\evil.example` would send the browser to another host.
 */
export function safeReturnPath(value: string | null): string | null {
  if (value === null) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  return value;
}

/**
 * Paths the server answers, not the storefront's router: an app's sign-in at the platform's
 * OpenID Provider (issue 15) returns there after signing in or consenting. The browser loads them.
 */
export function isServerPath(path: string): boolean {
  return path.startsWith('/oidc/');
}
