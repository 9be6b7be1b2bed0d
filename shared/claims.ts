import type { LocalizedText } from './schemas/common.ts';

/**
 * The claim catalogue: what an app may ask to receive in a launch token. A claim's id is its
 * name in the token (the OIDC standard name where one exists). The BSN is never a claim.
 */
export const CLAIM_IDS = [
  'given_name',
  'family_name',
  'birthdate',
  'age_over_18',
  'age_over_65',
  'email',
  'phone_number',
  'address',
  'locale',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export interface ClaimDefinition {
  label: LocalizedText;
  /** What the app learns about you, in B1 language. */
  reveals: LocalizedText;
  /** True when the id is an OpenID Connect standard claim. */
  standard: boolean;
}

export const CLAIMS: Record<ClaimId, ClaimDefinition> = {
  given_name: {
    label: { nl: 'Voornaam', en: 'First name' },
    reveals: { nl: 'De app weet je voornaam.', en: 'The app knows your first name.' },
    standard: true,
  },
  family_name: {
    label: { nl: 'Achternaam', en: 'Last name' },
    reveals: { nl: 'De app weet je achternaam.', en: 'The app knows your last name.' },
    standard: true,
  },
  birthdate: {
    label: { nl: 'Geboortedatum', en: 'Date of birth' },
    reveals: {
      nl: 'De app weet op welke dag je geboren bent, en dus hoe oud je bent.',
      en: 'The app knows the day you were born, and so how old you are.',
    },
    standard: true,
  },
  age_over_18: {
    label: { nl: 'Ouder dan 18', en: 'Over 18' },
    reveals: {
      nl: 'De app weet alleen of je 18 jaar of ouder bent. Niet je leeftijd.',
      en: 'The app only knows whether you are 18 or older. Not your age.',
    },
    standard: false,
  },
  age_over_65: {
    label: { nl: 'Ouder dan 65', en: 'Over 65' },
    reveals: {
      nl: 'De app weet alleen of je 65 jaar of ouder bent. Niet je leeftijd.',
      en: 'The app only knows whether you are 65 or older. Not your age.',
    },
    standard: false,
  },
  email: {
    label: { nl: 'E-mailadres', en: 'Email address' },
    reveals: {
      nl: 'De app kan je e-mails sturen.',
      en: 'The app can send you emails.',
    },
    standard: true,
  },
  phone_number: {
    label: { nl: 'Telefoonnummer', en: 'Phone number' },
    reveals: {
      nl: 'De app kan je bellen of een bericht sturen.',
      en: 'The app can call you or send you a text message.',
    },
    standard: true,
  },
  address: {
    label: { nl: 'Adres', en: 'Address' },
    reveals: {
      nl: 'De app weet waar je woont: straat, huisnummer, postcode en plaats.',
      en: 'The app knows where you live: street, house number, postcode and town.',
    },
    standard: true,
  },
  locale: {
    label: { nl: 'Taal', en: 'Language' },
    reveals: {
      nl: 'De app weet in welke taal je de app wilt gebruiken.',
      en: 'The app knows which language you want to use.',
    },
    standard: true,
  },
};
