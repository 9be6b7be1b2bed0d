import type { ClaimId } from '../../shared/claims.ts';
import type { PersonProfile } from '../../shared/schemas/persona.ts';

function ageOn(birthdate: string, at: Date): number {
  const [year, month, day] = birthdate.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - year;
  if (at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day)) age -= 1;
  return age;
}

/** The value of each claim for a person; only the claims asked for are computed. The BSN never is. */
export function claimValues(
  profile: PersonProfile,
  claims: ClaimId[],
  at = new Date(),
): Record<string, unknown> {
  const values: Record<ClaimId, () => unknown> = {
    given_name: () => profile.givenName,
    family_name: () => profile.familyName,
    birthdate: () => profile.birthdate,
    age_over_18: () => ageOn(profile.birthdate, at) >= 18,
    age_over_65: () => ageOn(profile.birthdate, at) >= 65,
    email: () => profile.email,
    phone_number: () => profile.phoneNumber,
    address: () => ({
      street_address: profile.address.streetAddress,
      postal_code: profile.address.postalCode,
      locality: profile.address.locality,
      country: profile.address.country,
      formatted: `${profile.address.streetAddress}\n${profile.address.postalCode} ${profile.address.locality}`,
    }),
    locale: () => profile.locale,
  };
  return Object.fromEntries(claims.map((claim) => [claim, values[claim]()]));
}
