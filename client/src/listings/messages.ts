import type { ReviewStatus } from '../../../shared/review-state.ts';
import type { VendorListingSummary } from '../../../shared/schemas/vendor.ts';

type ListingStatus = VendorListingSummary['status'];
type Decision = 'approve' | 'request_changes' | 'reject';

/** Copy of the vendor portal. B1 Dutch first; `en` must have the same shape. */
export const nl = {
  listingStatus: {
    // A listing that never went live; its versions carry their own review status beside it.
    draft: 'Nog niet live',
    live: 'Live',
    suspended: 'Opgeschort',
    withdrawn: 'Ingetrokken',
  } satisfies Record<ListingStatus, string>,
  reviewStatus: {
    draft: 'Concept',
    submitted: 'Ingediend',
    in_review: 'Wordt beoordeeld',
    changes_requested: 'Aanpassen gevraagd',
    rejected: 'Afgewezen',
    approved: 'Goedgekeurd',
  } satisfies Record<ReviewStatus, string>,
  decision: {
    approve: 'Goedgekeurd',
    request_changes: 'Aanpassen gevraagd',
    reject: 'Afgewezen',
  } satisfies Record<Decision, string>,
  list: {
    title: 'Mijn aanbod',
    intro: 'Hier zie je de apps van je organisatie en hoe ver de beoordeling is.',
    add: 'Nieuwe app aanmelden',
    empty: 'Je hebt nog geen apps aangemeld.',
    caption: 'Apps van je organisatie',
    name: 'App',
    status: 'Status',
    latest: 'Laatste versie',
    updated: 'Laatst gewijzigd',
    noVersion: 'Nog niet ingediend',
    version: (n: number) => `Versie ${n}`,
  },
  create: {
    title: 'Nieuwe app aanmelden',
    intro:
      'Vul de gegevens van je app in. Je slaat eerst een concept op. Daarna dien je het in voor beoordeling.',
    submit: 'Concept opslaan',
  },
  edit: {
    title: (name: string) => `${name} bewerken`,
    titlePlain: 'App bewerken',
    submit: 'Wijzigingen opslaan',
    back: 'Terug naar de app',
  },
  detail: {
    titlePlain: 'App',
    back: 'Terug naar mijn aanbod',
    saved: 'Het concept is opgeslagen.',
    facts: 'Gegevens',
    status: 'Status',
    slug: 'Adres in de catalogus',
    clientId: 'Client ID',
    liveVersion: 'Live versie',
    noLiveVersion: 'Nog geen',
    suspended: (reason: string) =>
      `Deze app is opgeschort. Inwoners kunnen hem nu niet openen. Reden: ${reason}`,
    actions: 'Wat wil je doen?',
    edit: 'Concept bewerken',
    submit: 'Indienen voor beoordeling',
    submitted: (n: number) => `Versie ${n} is ingediend. Twee beoordelaars gaan ernaar kijken.`,
    submitBlocked: 'Er wordt al een versie beoordeeld. Wacht tot die klaar is.',
    submitFailed: 'Indienen is niet gelukt. Probeer het opnieuw.',
    liveStays: 'De versie die nu live staat, blijft live tot de nieuwe versie is goedgekeurd.',
    withdraw: 'Intrekken',
    withdrawConfirmText:
      'Weet je het zeker? Na intrekken staat de app niet meer in de catalogus, en kunnen inwoners hem niet meer openen.',
    withdrawConfirm: 'Ja, app intrekken',
    withdrawCancel: 'Nee, niet intrekken',
    withdrawn: 'De app is ingetrokken.',
    withdrawFailed: 'Intrekken is niet gelukt. Probeer het opnieuw.',
    versions: 'Versies en beoordeling',
    noVersions: 'Je hebt nog geen versie ingediend.',
    versionTitle: (n: number) => `Versie ${n}`,
    isLive: 'Live',
    approvals: (n: number, of: number) => `${n} van ${of} goedkeuringen`,
    timeline: (n: number) => `Verloop van versie ${n}`,
    feedback: 'Reactie van de beoordelaars',
    noFeedback: 'Nog geen reactie.',
  },
  secret: {
    heading: 'Client secret',
    intro:
      'Met de client ID en het client secret haalt je app het ID-token op. Maak een nieuw secret als het oude weg is of uitgelekt.',
    usesKeys:
      'Je app meldt zich met een sleutelpaar (private_key_jwt), zoals in het concept staat. Daarvoor is geen client secret nodig.',
    hasSecret: 'Er is al een client secret. Een nieuw secret vervangt het oude meteen.',
    create: 'Nieuw client secret',
    failed: 'Een nieuw secret maken is niet gelukt. Probeer het opnieuw.',
    shownOnce: 'Kopieer het secret nu. Je ziet het hierna nooit meer.',
    label: 'Je nieuwe client secret',
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    copyHint: 'Lukt kopiëren niet? Selecteer het secret en kopieer het zelf (Ctrl+C of Cmd+C).',
    hide: 'Ik heb het secret bewaard',
  },
  testLaunch: {
    heading: 'Test openen',
    intro:
      'Open je app zoals een inwoner dat doet, met de inloggegevens van je concept. Je logt in als een verzonnen testinwoner: het ID-token heeft test_launch: true en nooit gegevens van een echte inwoner.',
    button: 'Test openen',
    busy: 'Bezig met openen…',
    needsSecret: 'Maak eerst een client secret (hierboven). Daarna kun je je app test openen.',
    withdrawn: 'Deze app is teruggetrokken. Je kunt hem niet meer test openen.',
    failed: 'Test openen is niet gelukt. Probeer het opnieuw.',
  },
};

export type VendorMessages = typeof nl;

export const en: VendorMessages = {
  listingStatus: { draft: 'Not live yet', live: 'Live', suspended: 'Suspended', withdrawn: 'Withdrawn' },
  reviewStatus: {
    draft: 'Draft',
    submitted: 'Submitted',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    rejected: 'Rejected',
    approved: 'Approved',
  },
  decision: { approve: 'Approved', request_changes: 'Changes requested', reject: 'Rejected' },
  list: {
    title: 'My listings',
    intro: 'Here you see the apps of your organisation and how far the review is.',
    add: 'Register a new app',
    empty: 'You have not registered any apps yet.',
    caption: 'Apps of your organisation',
    name: 'App',
    status: 'Status',
    latest: 'Latest version',
    updated: 'Last changed',
    noVersion: 'Not submitted yet',
    version: (n: number) => `Version ${n}`,
  },
  create: {
    title: 'Register a new app',
    intro: 'Fill in the details of your app. You first save a draft. Then you submit it for review.',
    submit: 'Save draft',
  },
  edit: {
    title: (name: string) => `Edit ${name}`,
    titlePlain: 'Edit app',
    submit: 'Save changes',
    back: 'Back to the app',
  },
  detail: {
    titlePlain: 'App',
    back: 'Back to my listings',
    saved: 'The draft has been saved.',
    facts: 'Details',
    status: 'Status',
    slug: 'Address in the catalog',
    clientId: 'Client ID',
    liveVersion: 'Live version',
    noLiveVersion: 'None yet',
    suspended: (reason: string) => `This app is suspended. Residents cannot open it now. Reason: ${reason}`,
    actions: 'What do you want to do?',
    edit: 'Edit draft',
    submit: 'Submit for review',
    submitted: (n: number) => `Version ${n} has been submitted. Two reviewers will look at it.`,
    submitBlocked: 'A version is already being reviewed. Wait until that is finished.',
    submitFailed: 'Submitting did not work. Please try again.',
    liveStays: 'The version that is live now stays live until the new version is approved.',
    withdraw: 'Withdraw',
    withdrawConfirmText:
      'Are you sure? After withdrawing, the app is no longer in the catalog and residents can no longer open it.',
    withdrawConfirm: 'Yes, withdraw the app',
    withdrawCancel: 'No, do not withdraw',
    withdrawn: 'The app has been withdrawn.',
    withdrawFailed: 'Withdrawing did not work. Please try again.',
    versions: 'Versions and review',
    noVersions: 'You have not submitted a version yet.',
    versionTitle: (n: number) => `Version ${n}`,
    isLive: 'Live',
    approvals: (n: number, of: number) => `${n} of ${of} approvals`,
    timeline: (n: number) => `History of version ${n}`,
    feedback: 'Feedback from the reviewers',
    noFeedback: 'No feedback yet.',
  },
  secret: {
    heading: 'Client secret',
    intro:
      'With the client ID and the client secret your app fetches the ID token. Create a new secret when the old one is lost or leaked.',
    usesKeys:
      'Your app identifies itself with a key pair (private_key_jwt), as the draft says. It needs no client secret for that.',
    hasSecret: 'There already is a client secret. A new secret replaces the old one at once.',
    create: 'New client secret',
    failed: 'Creating a new secret did not work. Please try again.',
    shownOnce: 'Copy the secret now. You will never see it again.',
    label: 'Your new client secret',
    copy: 'Copy',
    copied: 'Copied.',
    copyHint: 'Copying does not work? Select the secret and copy it yourself (Ctrl+C or Cmd+C).',
    hide: 'I have stored the secret',
  },
  testLaunch: {
    heading: 'Test launch',
    intro:
      'Open your app as a resident does, with the sign-in settings of your draft. You sign in as a made-up test resident: the ID token has test_launch: true and never a real resident’s data.',
    button: 'Test launch',
    busy: 'Opening…',
    needsSecret: 'Create a client secret first (above). Then you can test-launch your app.',
    withdrawn: 'This app was withdrawn. You can no longer test-launch it.',
    failed: 'The test launch did not work. Please try again.',
  },
};

export const vendorMessages = { nl, en };
