import { z } from 'zod';
import type { Membership } from '../../shared/schemas/persona.ts';
import type { UserProfile } from '../identity/identity.types.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const ProfileClaimsSchema = z.object({
  given_name: text(80).optional().catch(undefined),
  family_name: text(80).optional().catch(undefined),
  birthdate: z.iso.date().optional().catch(undefined),
  email: z.email().max(254).optional().catch(undefined),
  locale: z
    .string()
    .transform((value) => value.slice(0, 2).toLowerCase())
    .pipe(z.enum(['nl', 'en']))
    .optional()
    .catch(undefined),
});

/**
 * The profile claims a broker or staff connection gave, each checked; a claim it did not give, or
 * gave malformed, is simply absent (an app asking for it does not get it; the consent page says so).
 */
export function profileFromClaims(claims: Record<string, unknown>): UserProfile {
  const parsed = ProfileClaimsSchema.parse(claims);
  const profile: UserProfile = {};
  if (parsed.given_name) profile.givenName = parsed.given_name;
  if (parsed.family_name) profile.familyName = parsed.family_name;
  if (parsed.birthdate) profile.birthdate = parsed.birthdate;
  if (parsed.email) profile.email = parsed.email.toLowerCase();
  if (parsed.locale) profile.locale = parsed.locale;
  return profile;
}

/** The municipality of residence from the configured claim: a CBS code (`GM0344`, or `0344`); otherwise null. */
export function municipalityFromClaims(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== 'string') return null;
  const match = /^(?:GM)?(\d{4})$/i.exec(value.trim());
  return match ? `GM${match[1]}` : null;
}

export function residentMemberships(municipality: string | null): Membership[] {
  return [{ role: 'resident', municipality }];
}
