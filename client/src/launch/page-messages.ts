import type { Locale } from '../../../shared/schemas/common.ts';
import { type LaunchMessages, launchMessages } from './messages.ts';

/**
 * Texts of the consent and "Mijn apps" pages. Apart from messages.ts because these pages load on
 * demand, not with an app's page (docs/decisions/121); the same rules: Dutch is the source, at
 * B1 level and with "je", and `en` must have exactly these keys.
 */
const nl = {
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
};

export type LaunchPageMessages = LaunchMessages & typeof nl;

const en: typeof nl = {
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
};

export const launchPageMessages: Record<Locale, LaunchPageMessages> = {
  nl: { ...launchMessages.nl, ...nl },
  en: { ...launchMessages.en, ...en },
};
