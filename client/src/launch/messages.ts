/**
 * Texts of the "Open app" panel on an app's page, and the launch errors (page-messages.ts has
 * those of the consent and "Mijn apps" pages, which load on demand: docs/decisions/121). Dutch is the source,
 * at B1 level and with "je"; `en` must have exactly these keys, which its type enforces. They
 * live here rather than in client/src/i18n so this folder can change them on its own.
 */
export const nl = {
  nav: {
    myApps: 'Mijn apps',
  },
  panel: {
    loading: 'Bezig met laden…',
    sessionError: 'We weten nu niet of je bent ingelogd. Laad de pagina opnieuw.',
    signInIntro: 'Om de app te openen, log je eerst in. Daarna kies je zelf welke gegevens de app krijgt.',
    signInLink: 'Log in om deze app te openen',
    municipalityUnknown:
      'We weten niet in welke gemeente je woont. DigiD gaf dat niet door. Daarom kun je nog geen app openen. Je kunt wel apps bekijken en je toestemmingen beheren.',
    notResident:
      'Alleen inwoners van een gemeente kunnen apps openen. Je bent nu niet ingelogd als inwoner. Log uit en log in als inwoner om deze app te openen.',
    notOffered: (municipality: string | null) =>
      `${municipality ? `Gemeente ${municipality}` : 'Je gemeente'} biedt deze app niet aan. Daarom kun je de app niet openen.`,
    notOfferedHelp: 'Wil je de app toch gebruiken? Vraag dan aan je gemeente of ze de app willen aanbieden.',
    needsConsent: 'Je kiest eerst welke gegevens de app van je krijgt. Daarna open je de app.',
    consentChanged: 'De app vraagt nu andere gegevens. Geef opnieuw toestemming.',
    willReceive: (claims: string) => `De app krijgt van je: ${claims}.`,
    receivesNothing: 'De app krijgt geen gegevens over jou.',
    openButton: 'Open app',
    opening: 'Bezig met openen…',
    changeConsent: 'Wijzig welke gegevens je deelt',
    stepUpText: (needed: string, now: string | null) =>
      `Deze app vraagt extra zekerheid over wie je bent. Log daarom opnieuw in met DigiD op niveau ${needed}. ${now ? `Je bent nu ingelogd op niveau ${now}.` : ''}`.trim(),
    stepUpHelp: 'Je komt daarna terug op deze pagina.',
    stepUpButton: (needed: string) => `Opnieuw inloggen met DigiD op niveau ${needed}`,
    levels: { low: 'Basis', substantial: 'Substantieel', high: 'Hoog' },
  },
  errors: {
    unauthenticated: 'Je bent niet meer ingelogd. Dat gebeurt na 15 minuten niets doen.',
    signInAgain: 'Log opnieuw in',
    notAllowed:
      'Je kunt deze app niet openen. Alleen inwoners van een gemeente die de app aanbiedt, kunnen de app openen.',
    notAvailable: 'Deze app is nu niet beschikbaar. Probeer het later opnieuw.',
    needsConsent: 'Geef eerst toestemming. Daarna kun je de app openen.',
    giveConsent: 'Geef toestemming',
    saveRejected:
      'We konden je keuze niet bewaren. De app vraagt misschien andere gegevens dan eerst. Laad de pagina opnieuw en kies nog een keer.',
    saveFailed: 'Er ging iets mis. Je keuze is niet bewaard. Probeer het opnieuw.',
    savedButNotOpened: 'Je keuze is bewaard. Maar de app openen is niet gelukt.',
    launchFailed: 'De app openen is niet gelukt. Probeer het opnieuw.',
  },
};

export type LaunchMessages = typeof nl;

export const en: LaunchMessages = {
  nav: {
    myApps: 'My apps',
  },
  panel: {
    loading: 'Loading…',
    sessionError: 'We cannot tell right now whether you are signed in. Reload the page.',
    signInIntro: 'To open the app, sign in first. Then you choose which data the app receives.',
    signInLink: 'Sign in to open this app',
    municipalityUnknown:
      'We do not know which municipality you live in: DigiD did not pass it on. So you cannot open an app yet. You can still look at apps and manage your consents.',
    notResident:
      'Only residents of a municipality can open apps. You are not signed in as a resident. Sign out and sign in as a resident to open this app.',
    notOffered: (municipality: string | null) =>
      `${municipality ? `The municipality of ${municipality}` : 'Your municipality'} does not offer this app. That is why you cannot open it.`,
    notOfferedHelp: 'Do you want to use the app anyway? Ask your municipality whether they want to offer it.',
    needsConsent: 'First you choose which data the app receives from you. Then you open the app.',
    consentChanged: 'The app now asks for different data. Give your consent again.',
    willReceive: (claims: string) => `The app receives from you: ${claims}.`,
    receivesNothing: 'The app receives no data about you.',
    openButton: 'Open app',
    opening: 'Opening…',
    changeConsent: 'Change which data you share',
    stepUpText: (needed: string, now: string | null) =>
      `This app needs to be more certain of who you are. So sign in again with DigiD at level ${needed}. ${now ? `You are signed in at level ${now} now.` : ''}`.trim(),
    stepUpHelp: 'You then come back to this page.',
    stepUpButton: (needed: string) => `Sign in again with DigiD at level ${needed}`,
    levels: { low: 'Basic', substantial: 'Substantial', high: 'High' },
  },
  errors: {
    unauthenticated: 'You are no longer signed in. That happens after 15 minutes without activity.',
    signInAgain: 'Sign in again',
    notAllowed: 'You cannot open this app. Only residents of a municipality that offers the app can open it.',
    notAvailable: 'This app is not available right now. Please try again later.',
    needsConsent: 'Give your consent first. Then you can open the app.',
    giveConsent: 'Give consent',
    saveRejected:
      'We could not save your choice. The app may ask for different data than before. Reload the page and choose again.',
    saveFailed: 'Something went wrong. Your choice was not saved. Please try again.',
    savedButNotOpened: 'Your choice was saved. But opening the app did not work.',
    launchFailed: 'Opening the app did not work. Please try again.',
  },
};

export const launchMessages = { nl, en };
