import type { Locale } from '../../../shared/schemas/common.ts';

/**
 * Texts of the sign-in page. Apart from messages.ts because that page loads on demand, not with
 * the catalog's pages (docs/decisions/121). Dutch is the source; `en` has exactly these keys.
 */
const nl = {
  title: 'Inloggen',
  intro:
    'Dit is een demo. Je logt in als een van de personen hieronder. Zo zie je hoe Inwonercloud werkt voor inwoners, aanbieders, beoordelaars en gemeenten.',
  personasHeading: 'Kies met wie je inlogt',
  rolesLabel: 'Rollen',
  button: (name: string) => `Inloggen als ${name}`,
  busy: 'Bezig met inloggen…',
  loading: 'Personen laden…',
  demoOff: 'Inloggen met een demo-persoon staat uit. Log in via je eigen inlogmiddel.',
  tooMany: 'Je hebt te vaak geprobeerd in te loggen. Wacht een paar minuten en probeer het dan opnieuw.',
  failed: 'Inloggen is niet gelukt. Probeer het opnieuw.',
  loadFailed: 'De personen laden nu niet. Probeer het later opnieuw.',
  signedInAs: (name: string) => `Je bent ingelogd als ${name}.`,
  residentsHeading: 'Inwoners',
  residentsText: 'Log in met DigiD. Daarna kun je apps van je gemeente openen.',
  digid: 'Inloggen met DigiD',
  staffHeading: 'Gemeenten, beoordelaars en aanbieders',
  staffText:
    'Log in met het account van je organisatie. Je hebt eerst een uitnodiging nodig van een beheerder van Inwonercloud.',
  staff: 'Inloggen als medewerker',
  staffWith: (label: string) => `Inloggen met ${label}`,
  demoHeading: 'Demo',
};

export type SignInMessages = typeof nl;

const en: SignInMessages = {
  title: 'Sign in',
  intro:
    'This is a demo. You sign in as one of the people below. That way you see how Inwonercloud works for residents, vendors, reviewers and municipalities.',
  personasHeading: 'Choose who you sign in as',
  rolesLabel: 'Roles',
  button: (name: string) => `Sign in as ${name}`,
  busy: 'Signing in…',
  loading: 'Loading people…',
  demoOff: 'Signing in as a demo person is turned off. Sign in with your own login method.',
  tooMany: 'You tried to sign in too often. Wait a few minutes and then try again.',
  failed: 'Signing in did not work. Please try again.',
  loadFailed: 'The people cannot be loaded right now. Please try again later.',
  signedInAs: (name: string) => `You are signed in as ${name}.`,
  residentsHeading: 'Residents',
  residentsText: 'Sign in with DigiD. Then you can open the apps of your municipality.',
  digid: 'Sign in with DigiD',
  staffHeading: 'Municipalities, reviewers and vendors',
  staffText:
    "Sign in with your organisation's account. You first need an invitation from an Inwonercloud administrator.",
  staff: 'Sign in as staff',
  staffWith: (label: string) => `Sign in with ${label}`,
  demoHeading: 'Demo',
};

export const signInMessages: Record<Locale, SignInMessages> = { nl, en };
