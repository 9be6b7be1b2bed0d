import type { IdentityService } from '../../identity/identity.service.ts';
import type { LaunchGrantDeps } from './launch-grant.ts';

// Apart from launch-policy.ts, which needs oidc-provider: the gate in front of the provider uses
// this at every request, and oidc-provider is loaded only when the provider is built (issue 10).

export interface PolicyDeps extends LaunchGrantDeps {
  identity: IdentityService;
  sessionCookieName: string;
}

function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || undefined;
  }
  return undefined;
}

/** The platform session behind an authorization request, or null. */
export async function platformSession(deps: PolicyDeps, cookieHeader: string | undefined) {
  const token = cookieFrom(cookieHeader, deps.sessionCookieName);
  return token ? await deps.identity.resolve(token) : null;
}

/** The platform user behind an authorization request, or null: the provider keeps no login of its own. */
export async function platformUser(deps: PolicyDeps, cookieHeader: string | undefined) {
  return (await platformSession(deps, cookieHeader))?.user ?? null;
}
