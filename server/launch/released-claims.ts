import type { ClaimId } from '../../shared/claims.ts';
import type { PersonProfile } from '../../shared/schemas/persona.ts';

function ageOn(birthdate: string, at: Date): number {
  const [year, month, day] = birthdate.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - year;
  if (at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day)) age -= 1;
  return age;
}

/**
 * The value of each claim for a person; only the claims asked for are computed. The BSN never is.
 * A claim whose source the person's sign-in did not give (a broker without `birthdate`) is left out.
 */
export function claimValues(
  profile: Partial<PersonProfile>,
  claims: ClaimId[],
  at = new Date(),
): Record<string, unknown> {
  const { birthdate, address } = profile;
  const values: Record<ClaimId, () => unknown> = {
    given_name: () => profile.givenName,
    family_name: () => profile.familyName,
    birthdate: () => birthdate,
    age_over_18: () => (birthdate ? ageOn(birthdate, at) >= 18 : undefined),
    age_over_65: () => (birthdate ? ageOn(birthdate, at) >= 65 : undefined),
    email: () => profile.email,
    phone_number: () => profile.phoneNumber,
    address: () =>
      address && {
        street_address: address.streetAddress,
        postal_code: address.postalCode,
        locality: address.locality,
        country: address.country,
        formatted: `${address.streetAddress}\n${address.postalCode} ${address.locality}`,
      },
    locale: () => profile.locale,
  };
  return Object.fromEntries(
    claims.flatMap((claim) => {
      const value = values[claim]();
      return value === undefined ? [] : [[claim, value]];
    }),
  );
}
