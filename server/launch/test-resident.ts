import type { PersonProfile } from '../../shared/schemas/persona.ts';

/**
 * The fictional resident of a vendor's test launch: tokens carry `test_launch: true` and this
 * profile, never a real resident's data.
 */
export const TEST_RESIDENT_ID = 'test-resident';
export const TEST_MUNICIPALITY = 'GM0000';
export const TEST_RESIDENT_PROFILE: PersonProfile = {
  givenName: 'Test',
  familyName: 'Inwoner',
  birthdate: '1980-01-01',
  email: 'test.inwoner@inwonercloud.example',
  phoneNumber: '+31600000000',
  address: { streetAddress: 'Teststraat 1', postalCode: '1234 AB', locality: 'Teststad', country: 'NL' },
  locale: 'nl',
};
