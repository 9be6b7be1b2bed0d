import {
  ASSURANCE_LEVELS,
  type AssuranceLevel,
  assuranceOf,
  meetsAssurance,
} from '../../../shared/assurance.ts';
import type { AuthUser } from '../../identity/identity.types.ts';
import { stepUpRefusal } from '../launch.service.ts';

/**
 * The level an app asks for with `acr_values`. The values are alternatives in order of preference
 * (OpenID Connect Core 3.1.2.1), so the lowest one the platform knows is enough; values it does not
 * know are left aside, as the parameter is a request, and the ID token's `acr` says what the
 * resident's sign-in actually had. Undefined: no level asked for that the platform knows.
 */
export function requestedAssurance(acrValues: unknown): AssuranceLevel | undefined {
  if (typeof acrValues !== 'string') return undefined;
  const known = acrValues
    .split(' ')
    .map(assuranceOf)
    .filter((level): level is AssuranceLevel => level !== null);
  return known.sort((a, b) => ASSURANCE_LEVELS.indexOf(a) - ASSURANCE_LEVELS.indexOf(b))[0];
}

/**
 * The level the resident must sign in at first, when theirs is below what the app asked for.
 * Only residents: staff sign in without a level, and the launch refuses them on other grounds
 * (`access_denied`) rather than sending them to sign in as a resident.
 */
export function stepUpFor(user: AuthUser, acrValues: unknown): AssuranceLevel | undefined {
  if (!user.memberships.some((membership) => membership.role === 'resident')) return undefined;
  const requested = requestedAssurance(acrValues);
  return meetsAssurance(user.assurance ?? null, requested) ? undefined : requested;
}

/** Refuses, as a listing's own minimum does, a launch below the level the app asked for. */
export function requireRequestedAssurance(user: AuthUser, acrValues: unknown): void {
  const level = stepUpFor(user, acrValues);
  if (level) throw stepUpRefusal(level);
}
