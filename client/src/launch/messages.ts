/**
 * Texts of the launch pages (consent, "Mijn apps", the "Open app" panel). Dutch is the source,
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
  consent: {
    title: (app: string) => `Toestemming geven aan ${app}`,
    intro: (app: string) =>
      `Inwonercloud logt je in bij ${app}. Je hoeft dan geen nieuw account te maken. ${app} krijgt alleen de gegevens waar je hieronder mee akkoord gaat.`,
    always:
      'De app krijgt altijd een nummer, zodat de app je de volgende keer herkent. Dat nummer is voor elke app anders. De app weet ook van welke gemeente je inwoner bent. Je burgerservicenummer (BSN) krijgt de app nooit.',
    legend: (app: string) => `Welke gegevens mag ${app} krijgen?`,
    legendHelp: 'Sommige gegevens zijn nodig om de app te gebruiken. De andere gegevens kies je zelf.',
    legendHelpAllOptional: 'Je kiest zelf welke gegevens de app krijgt. De app werkt ook zonder.',
    noClaims: (app: string) => `${app} vraagt geen andere gegevens over jou.`,
    required: 'Nodig om de app te gebruiken',
    reason: (reason: string) => `Waarom de app dit vraagt: ${reason}`,
    submit: 'Akkoord en app openen',
    busy: 'Bezig met openen…',
    cancel: 'Annuleren',
    backToApp: (app: string) => `Terug naar ${app}`,
  },
  myApps: {
    title: 'Mijn apps',
    intro:
      'Hier zie je welke apps gegevens van je mogen krijgen. Je kunt je toestemming altijd intrekken. De app krijgt daarna niets meer van je, tot je opnieuw toestemming geeft.',
    mayReceive: 'Mag krijgen',
    since: 'Toestemming sinds',
    lastLaunch: 'Laatst geopend',
    notOpened: 'Nog niet geopend',
    received: 'Kreeg toen',
    nothing: 'Geen gegevens',
    consentAgain: 'Geef opnieuw toestemming',
    revoke: 'Toestemming intrekken',
    revokeFor: (app: string) => `voor ${app}`,
    revoking: 'Bezig met intrekken…',
    revoked: (app: string) => `Toestemming ingetrokken voor ${app}`,
    revokeFailed: (app: string) => `Intrekken voor ${app} is niet gelukt. Probeer het opnieuw.`,
    empty: 'Je hebt nog geen enkele app toestemming gegeven.',
    emptyHelp: 'Zoek een app die je helpt. Kies daar "Open app".',
    allApps: 'Bekijk alle apps',
    historyTitle: 'Wat je eerder koos',
    historyIntro: 'Hier zie je wanneer je toestemming gaf of introk. Alleen jij ziet dit.',
    historyEmpty: 'Je hebt nog niets gekozen.',
    historyGiven: (app: string, claims: string) => `Toestemming gegeven aan ${app}: ${claims}`,
    historyRevoked: (app: string) => `Toestemming ingetrokken voor ${app}`,
    unavailable: {
      suspendedTitle: (app: string) => `${app} is stopgezet`,
      suspended: (date: string) =>
        `De controleurs van Inwonercloud hebben deze app op ${date} stopgezet. Je kunt de app nu niet openen.`,
      reason: (reason: string) => `De reden: ${reason}`,
      withdrawnTitle: (app: string) => `${app} is uit Inwonercloud gehaald`,
      withdrawn: 'De maker heeft deze app uit Inwonercloud gehaald. Je kunt de app hier niet meer openen.',
      notOfferedTitle: (app: string) => `Je gemeente biedt ${app} niet meer aan`,
      notOffered:
        'Je gemeente heeft gekozen deze app niet meer aan te bieden. Je kunt de app daarom niet meer openen via Inwonercloud.',
      data: 'Wat gebeurt er met je gegevens? Inwonercloud stuurt de app nu niets meer van je. Wat de app eerder kreeg, heeft de maker van de app nog. Wil je dat de maker dat wist? Vraag het de maker. Wil je de app niet meer gebruiken? Trek dan hieronder je toestemming in.',
    },
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
  consent: {
    title: (app: string) => `Give consent to ${app}`,
    intro: (app: string) =>
      `Inwonercloud signs you in to ${app}. You do not need to make a new account. ${app} only receives the data you agree to below.`,
    always:
      'The app always receives a number, so it recognises you next time. That number is different for every app. The app also knows which municipality you live in. The app never receives your citizen service number (BSN).',
    legend: (app: string) => `Which data may ${app} receive?`,
    legendHelp: 'Some data is needed to use the app. You choose the other data yourself.',
    legendHelpAllOptional: 'You choose which data the app receives. The app also works without it.',
    noClaims: (app: string) => `${app} does not ask for any other data about you.`,
    required: 'Needed to use the app',
    reason: (reason: string) => `Why the app asks for this: ${reason}`,
    submit: 'Agree and open app',
    busy: 'Opening…',
    cancel: 'Cancel',
    backToApp: (app: string) => `Back to ${app}`,
  },
  myApps: {
    title: 'My apps',
    intro:
      'Here you see which apps may receive data from you. You can always withdraw your consent. After that the app receives nothing from you, until you give consent again.',
    mayReceive: 'May receive',
    since: 'Consent since',
    lastLaunch: 'Last opened',
    notOpened: 'Not opened yet',
    received: 'Received then',
    nothing: 'No data',
    consentAgain: 'Give consent again',
    revoke: 'Withdraw consent',
    revokeFor: (app: string) => `for ${app}`,
    revoking: 'Withdrawing…',
    revoked: (app: string) => `Consent withdrawn for ${app}`,
    revokeFailed: (app: string) => `Withdrawing for ${app} did not work. Please try again.`,
    empty: 'You have not given consent to any app yet.',
    emptyHelp: 'Find an app that helps you. Choose "Open app" there.',
    allApps: 'See all apps',
    historyTitle: 'What you chose before',
    historyIntro: 'Here you see when you gave or withdrew consent. Only you see this.',
    historyEmpty: 'You have not chosen anything yet.',
    historyGiven: (app: string, claims: string) => `Consent given to ${app}: ${claims}`,
    historyRevoked: (app: string) => `Consent withdrawn for ${app}`,
    unavailable: {
      suspendedTitle: (app: string) => `${app} has been suspended`,
      suspended: (date: string) =>
        `The reviewers of Inwonercloud suspended this app on ${date}. You cannot open the app now.`,
      reason: (reason: string) => `The reason: ${reason}`,
      withdrawnTitle: (app: string) => `${app} has been taken out of Inwonercloud`,
      withdrawn: 'The maker took this app out of Inwonercloud. You can no longer open it here.',
      notOfferedTitle: (app: string) => `Your municipality no longer offers ${app}`,
      notOffered:
        'Your municipality chose to stop offering this app. That is why you can no longer open it through Inwonercloud.',
      data: 'What happens to your data? Inwonercloud sends the app nothing from you now. What the app received before, its maker still has. Do you want the maker to delete it? Ask the maker. Do you no longer want to use the app? Then withdraw your consent below.',
    },
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
