import type { Role } from './roles.ts';

export const nl = {
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
