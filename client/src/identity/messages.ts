import type { Role } from './roles.ts';

export const nl = {
  signIn: {
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
    demoHeading: 'Demo',
  },
  roles: {
    resident: (municipality: string) => `inwoner van ${municipality}`,
    vendor: 'aanbieder van apps',
    reviewer: 'beoordelaar',
    'municipality-admin': (municipality: string) => `beheerder voor ${municipality}`,
    'platform-admin': 'beheerder van het platform',
    professional: (municipality: string) => `hulpverlener in ${municipality}`,
  },
  roleNames: {
    resident: 'inwoner',
    vendor: 'aanbieder',
    reviewer: 'beoordelaar',
    'municipality-admin': 'beheerder van een gemeente',
    'platform-admin': 'beheerder van het platform',
    professional: 'hulpverlener',
  } satisfies Record<Role, string>,
  userMenu: {
    label: 'Account',
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    signedIn: (name: string) => `Ingelogd als ${name}`,
    signOutFailed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
    actingFor: 'Ik werk nu voor',
    actingForAll: 'Alles waar ik toegang toe heb',
    municipality: (name: string) => `Gemeente ${name}`,
    actingForFailed: 'Wisselen is niet gelukt. Probeer het opnieuw.',
  },
  requireRole: {
    signInTitle: 'Log eerst in',
    signInText: (role: string) => `Log in als ${role} om deze pagina te zien.`,
    wrongRoleTitle: 'Deze pagina is niet voor jou',
    wrongRoleText: (role: string) =>
      `Deze pagina is alleen voor een ${role}. Log uit en log in als ${role} om deze pagina te zien.`,
    signInLink: 'Naar inloggen',
    loading: 'Bezig met laden…',
    sessionError: 'We weten nu niet of je bent ingelogd. Laad de pagina opnieuw.',
  },
  load: {
    loading: 'Bezig met laden…',
    unauthenticated: 'Je bent niet meer ingelogd. Dat gebeurt na 15 minuten niets doen.',
    signInAgain: 'Log opnieuw in',
    forbidden: 'Je mag dit niet zien of doen.',
    notFound: 'Dit bestaat niet (meer).',
    failed: 'Dit laadt nu niet. Probeer het later opnieuw.',
    retry: 'Opnieuw proberen',
  },
};

export type IdentityMessages = typeof nl;

export const en: IdentityMessages = {
  signIn: {
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
    demoHeading: 'Demo',
  },
  roles: {
    resident: (municipality: string) => `resident of ${municipality}`,
    vendor: 'app vendor',
    reviewer: 'reviewer',
    'municipality-admin': (municipality: string) => `administrator for ${municipality}`,
    'platform-admin': 'platform administrator',
    professional: (municipality: string) => `professional in ${municipality}`,
  },
  roleNames: {
    resident: 'resident',
    vendor: 'vendor',
    reviewer: 'reviewer',
    'municipality-admin': 'municipality administrator',
    'platform-admin': 'platform administrator',
    professional: 'professional',
  },
  userMenu: {
    label: 'Account',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedIn: (name: string) => `Signed in as ${name}`,
    signOutFailed: 'Signing out did not work. Please try again.',
    actingFor: 'I am working for',
    actingForAll: 'Everything I have access to',
    municipality: (name: string) => `Municipality of ${name}`,
    actingForFailed: 'Switching did not work. Try again.',
  },
  requireRole: {
    signInTitle: 'Sign in first',
    signInText: (role: string) => `Sign in as a ${role} to see this page.`,
    wrongRoleTitle: 'This page is not for you',
    wrongRoleText: (role: string) =>
      `This page is only for a ${role}. Sign out and sign in as a ${role} to see this page.`,
    signInLink: 'Go to sign in',
    loading: 'Loading…',
    sessionError: 'We cannot tell right now whether you are signed in. Reload the page.',
  },
  load: {
    loading: 'Loading…',
    unauthenticated: 'You are no longer signed in. That happens after 15 minutes without activity.',
    signInAgain: 'Sign in again',
    forbidden: 'You may not see or do this.',
    notFound: 'This does not exist (any more).',
    failed: 'This cannot be loaded right now. Please try again later.',
    retry: 'Try again',
  },
};

export const identityMessages = { nl, en };
