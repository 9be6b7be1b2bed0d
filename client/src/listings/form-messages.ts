/** Copy of the listing form. B1 Dutch first; `en` must have the same shape. */
export const nl = {
  reviewNote:
    'Let op: verander je welke gegevens de app vraagt, of de adressen om in te loggen? Dan moet de app opnieuw beoordeeld worden. De versie die nu live staat, blijft live tot de nieuwe versie is goedgekeurd.',
  reviewedField: 'Verander je dit? Dan wordt de app opnieuw beoordeeld.',
  optional: '(niet verplicht)',
  summaryTitle: 'Er gaat iets mis. Verbeter dit:',
  saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
  busy: 'Bezig met opslaan…',
  validation: {
    required: 'Vul dit in.',
    minChars: (n: number) => `Gebruik minstens ${n} tekens.`,
    maxChars: (n: number) => `Gebruik hoogstens ${n} tekens.`,
    minItems: (n: number) => `Kies er minstens ${n}.`,
    maxItems: (n: number) => `Kies er hoogstens ${n}.`,
    categoriesMin: 'Kies minstens 1 onderwerp.',
    languagesMin: 'Vul minstens 1 taalcode in, bijvoorbeeld nl.',
    redirectUrisMin: 'Vul minstens 1 adres in.',
    httpsUrl: 'Vul een volledig webadres in dat begint met https://',
    launchUrl: 'Vul een adres in dat begint met https:// en geen # bevat. Alleen voor localhost mag http://',
    email: 'Vul een e-mailadres in, zoals hulp@voorbeeld.nl',
    phone: 'Vul een telefoonnummer in van 8 tot 20 cijfers, zoals +31 30 123 45 67',
    mediaPath: 'Kies een afbeelding.',
    languageCode: 'Vul een taalcode van 2 letters in, zoals nl of en.',
    chooseOne: 'Kies een van de mogelijkheden.',
    invalid: 'Dit klopt niet. Kijk het nog eens na.',
    line: (n: number) => `Regel ${n}`,
    languageItem: (n: number) => `Taalcode ${n}`,
    item: (n: number) => `Nummer ${n}`,
    server: (message: string) => `Dit keurt de server af: ${message}`,
    jwks: 'Publieke sleutels (JWKS): plak JSON zoals {"keys": [ ... ]}, met alleen publieke sleutels: RSA van minstens 2048 bits of EC P-256. Nooit de geheime sleutel.',
    jwksUri:
      'Adres van de publieke sleutels (jwks_uri): vul een volledig adres in dat begint met https:// en geen # bevat. Alleen voor localhost mag http://',
    /** The server's launch-address refusals (server/listings/launch-policy.ts), in words. */
    serverMessages: {
      'must be an https URL': 'Gebruik een adres dat begint met https://',
      'must point at a public host (not loopback or a private network)':
        'Gebruik een adres op internet, niet localhost of een intern netwerk.',
      'must not point at a link-local, reserved or unspecified address':
        'Dit adres mag niet: het is een gereserveerd of intern adres.',
    } as Record<string, string>,
  },
  about: {
    legend: 'Over de app',
    name: 'Naam van de app',
    nameHint: 'Tussen 2 en 60 tekens.',
    taglineNl: 'Korte zin over de app (Nederlands)',
    taglineEn: 'Korte zin over de app (Engels)',
    taglineHint: 'Inwoners zien deze zin in de lijst met apps.',
    descriptionNl: 'Beschrijving (Nederlands)',
    descriptionEn: 'Beschrijving (Engels)',
    descriptionHint: 'Schrijf op taalniveau B1: korte zinnen en gewone woorden.',
    categories: 'Onderwerpen',
    categoriesHint: 'Kies 1 tot 3 onderwerpen.',
    website: 'Website van de app',
    urlHint: 'Begint met https://',
  },
  claims: {
    legend: 'Gegevens die de app vraagt',
    hint: 'Vraag alleen wat de app echt nodig heeft. Leg per gegeven uit waarom. De beoordelaars controleren dit.',
    reasonNl: (label: string) => `${label}: waarom nodig? (Nederlands)`,
    reasonEn: (label: string) => `${label}: waarom nodig? (Engels)`,
    required: (label: string) => `${label} is verplicht: zonder dit gegeven werkt de app niet`,
    requiredHint:
      'Zet dit alleen aan als de app echt niet werkt zonder dit gegeven. Anders mag een inwoner het weigeren en de app toch openen.',
  },
  statements: {
    legend: 'Privacy en toegankelijkheid',
    privacy: 'Adres van de privacyverklaring',
    accessibility: 'Adres van de toegankelijkheidsverklaring',
    status: 'Status van de toegankelijkheid',
    statusHint: 'Zoals in het register van toegankelijkheidsverklaringen.',
    statuses: {
      A: 'A: voldoet volledig',
      B: 'B: voldoet gedeeltelijk',
      C: 'C: eerste maatregelen genomen',
      D: 'D: verklaring zonder onderzoek',
      E: 'E: geen verklaring',
    },
  },
  support: {
    legend: 'Talen en hulp',
    languages: 'Talen van de app',
    languagesHint: 'Taalcodes van 2 letters, gescheiden door komma’s. Bijvoorbeeld: nl, en, tr',
    email: 'E-mailadres voor hulp',
    phone: 'Telefoonnummer voor hulp',
    url: 'Website voor hulp',
    hoursNl: 'Wanneer is er hulp? (Nederlands)',
    hoursEn: 'Wanneer is er hulp? (Engels)',
    hoursHint: 'Bijvoorbeeld: maandag tot vrijdag van 9.00 tot 17.00 uur. Vul beide talen in, of geen.',
  },
  cost: {
    legend: 'Kosten',
    model: 'Wat kost de app voor inwoners?',
    models: {
      free: 'Gratis',
      'paid-by-municipality': 'Betaald door de gemeente',
      freemium: 'Gratis, met extra’s die geld kosten',
      paid: 'Inwoners betalen zelf',
    },
    noteNl: 'Uitleg over de kosten (Nederlands)',
    noteEn: 'Uitleg over de kosten (Engels)',
    noteHint: 'Vul beide talen in, of geen.',
  },
  launch: {
    legend: 'Inloggen in de app',
    hint: 'Inwoners openen de app vanuit Inwonercloud. Daarbij logt de app in via OpenID Connect.',
    initiateLoginUri: 'Adres waar het inloggen begint (initiate_login_uri)',
    method: 'Hoe Inwonercloud dat adres opent',
    methodHint:
      'Kies GET, tenzij je app het inloggen alleen met een formulier (POST) kan beginnen. Standaard software zoals mod_auth_openidc werkt alleen met GET.',
    methods: { GET: 'GET (standaard)', POST: 'POST (formulier)' },
    redirectUris: 'Adressen om terug te keren (redirect_uri)',
    redirectUrisHint: 'Zet elk adres op een eigen regel. Hoogstens 5.',
    alg: 'Ondertekening van het ID-token',
    algs: { RS256: 'RS256 (standaard)', ES256: 'ES256' },
    urlHint: 'Begint met https://. Alleen voor een test op je eigen computer mag http://localhost.',
    authLegend: 'Hoe je app zich meldt bij Inwonercloud',
    authHint:
      'Je app haalt het ID-token op bij Inwonercloud (het token endpoint). Daar laat de app zien dat hij het echt is.',
    authMethods: {
      private_key_jwt: 'Met een sleutelpaar (private_key_jwt). Dit vraagt de NL GOV-standaard.',
      client_secret_basic:
        'Met een geheim (client secret). Alleen als je app nog geen sleutels kan gebruiken: dit wijkt af van de standaard.',
    },
    secretNote:
      'Het geheim maak je aan op de pagina van de app, nadat je hebt opgeslagen. Je ziet het maar één keer.',
    keySourceLegend: 'Waar staan de publieke sleutels van je app?',
    keySources: { jwks: 'Ik plak ze hier (JWKS)', jwksUri: 'Op een adres op internet (jwks_uri)' },
    jwks: 'Publieke sleutels (JWKS)',
    jwksHint:
      'Plak de JSON met alleen publieke sleutels: {"keys": [ ... ]}. RSA van minstens 2048 bits of EC P-256. Nooit de geheime sleutel.',
    jwksUri: 'Adres van de publieke sleutels (jwks_uri)',
    jwksUriHint:
      'Inwonercloud haalt de sleutels daar zelf op. Het adres begint met https:// en moet direct antwoorden, zonder door te sturen.',
    assurance: 'Minimaal niveau van inloggen',
    assuranceHint:
      'Werkt je app met gevoelige gegevens? Kies dan welk DigiD-niveau een inwoner minimaal nodig heeft. Met een lager niveau logt de inwoner eerst opnieuw in.',
    assurances: {
      '': 'Geen minimum',
      low: 'Basis (eIDAS laag)',
      substantial: 'Midden of Substantieel (eIDAS substantieel)',
      high: 'Hoog (eIDAS hoog)',
    },
  },
};

export type FormMessages = typeof nl;
export type ValidationMessages = FormMessages['validation'];

export const en: FormMessages = {
  reviewNote:
    'Please note: do you change which data the app asks for, or the sign-in addresses? Then the app must be reviewed again. The version that is live now stays live until the new version is approved.',
  reviewedField: 'Do you change this? Then the app is reviewed again.',
  optional: '(optional)',
  summaryTitle: 'Something is wrong. Please fix this:',
  saveFailed: 'Saving did not work. Please try again.',
  busy: 'Saving…',
  validation: {
    required: 'Fill this in.',
    minChars: (n: number) => `Use at least ${n} characters.`,
    maxChars: (n: number) => `Use at most ${n} characters.`,
    minItems: (n: number) => `Choose at least ${n}.`,
    maxItems: (n: number) => `Choose at most ${n}.`,
    categoriesMin: 'Choose at least 1 topic.',
    languagesMin: 'Fill in at least 1 language code, for example nl.',
    redirectUrisMin: 'Fill in at least 1 address.',
    httpsUrl: 'Fill in a full web address that starts with https://',
    launchUrl: 'Fill in an address that starts with https:// and has no #. Only localhost may use http://',
    email: 'Fill in an email address, such as help@example.nl',
    phone: 'Fill in a phone number of 8 to 20 digits, such as +31 30 123 45 67',
    mediaPath: 'Choose an image.',
    languageCode: 'Fill in a two-letter language code, such as nl or en.',
    chooseOne: 'Choose one of the options.',
    invalid: 'This is not right. Please check it again.',
    line: (n: number) => `Line ${n}`,
    languageItem: (n: number) => `Language code ${n}`,
    item: (n: number) => `Number ${n}`,
    server: (message: string) => `The server does not accept this: ${message}`,
    jwks: 'Public keys (JWKS): paste JSON such as {"keys": [ ... ]}, with public keys only: RSA of at least 2048 bits or EC P-256. Never the private key.',
    jwksUri:
      'Address of the public keys (jwks_uri): fill in a full address that starts with https:// and has no #. Only localhost may use http://',
    serverMessages: {
      'must be an https URL': 'Use an address that starts with https://',
      'must point at a public host (not loopback or a private network)':
        'Use an address on the internet, not localhost or an internal network.',
      'must not point at a link-local, reserved or unspecified address':
        'This address is not allowed: it is a reserved or internal address.',
    } as Record<string, string>,
  },
  about: {
    legend: 'About the app',
    name: 'Name of the app',
    nameHint: 'Between 2 and 60 characters.',
    taglineNl: 'Short sentence about the app (Dutch)',
    taglineEn: 'Short sentence about the app (English)',
    taglineHint: 'Residents see this sentence in the list of apps.',
    descriptionNl: 'Description (Dutch)',
    descriptionEn: 'Description (English)',
    descriptionHint: 'Write at language level B1: short sentences and everyday words.',
    categories: 'Topics',
    categoriesHint: 'Choose 1 to 3 topics.',
    website: 'Website of the app',
    urlHint: 'Starts with https://',
  },
  claims: {
    legend: 'Data the app asks for',
    hint: 'Only ask for what the app really needs. Explain why for each item. The reviewers check this.',
    reasonNl: (label: string) => `${label}: why is it needed? (Dutch)`,
    reasonEn: (label: string) => `${label}: why is it needed? (English)`,
    required: (label: string) => `${label} is required: the app does not work without it`,
    requiredHint:
      'Only turn this on if the app really does not work without this item. Otherwise a resident may refuse it and still open the app.',
  },
  statements: {
    legend: 'Privacy and accessibility',
    privacy: 'Address of the privacy statement',
    accessibility: 'Address of the accessibility statement',
    status: 'Accessibility status',
    statusHint: 'As in the Dutch register of accessibility statements.',
    statuses: {
      A: 'A: fully compliant',
      B: 'B: partially compliant',
      C: 'C: first measures taken',
      D: 'D: statement without research',
      E: 'E: no statement',
    },
  },
  support: {
    legend: 'Languages and help',
    languages: 'Languages of the app',
    languagesHint: 'Two-letter language codes, separated by commas. For example: nl, en, tr',
    email: 'Email address for help',
    phone: 'Phone number for help',
    url: 'Website for help',
    hoursNl: 'When is help available? (Dutch)',
    hoursEn: 'When is help available? (English)',
    hoursHint: 'For example: Monday to Friday from 9:00 to 17:00. Fill in both languages, or neither.',
  },
  cost: {
    legend: 'Costs',
    model: 'What does the app cost residents?',
    models: {
      free: 'Free',
      'paid-by-municipality': 'Paid for by the municipality',
      freemium: 'Free, with extras that cost money',
      paid: 'Residents pay themselves',
    },
    noteNl: 'Explanation of the costs (Dutch)',
    noteEn: 'Explanation of the costs (English)',
    noteHint: 'Fill in both languages, or neither.',
  },
  launch: {
    legend: 'Signing in to the app',
    hint: 'Residents open the app from Inwonercloud. The app then signs in with OpenID Connect.',
    initiateLoginUri: 'Address where sign-in starts (initiate_login_uri)',
    method: 'How Inwonercloud opens that address',
    methodHint:
      'Choose GET, unless your app can only start sign-in from a form (POST). Standard software such as mod_auth_openidc only works with GET.',
    methods: { GET: 'GET (default)', POST: 'POST (form)' },
    redirectUris: 'Addresses to return to (redirect_uri)',
    redirectUrisHint: 'Put each address on its own line. At most 5.',
    alg: 'Signing of the ID token',
    algs: { RS256: 'RS256 (default)', ES256: 'ES256' },
    urlHint: 'Starts with https://. Only for a test on your own computer may you use http://localhost.',
    authLegend: 'How your app identifies itself to Inwonercloud',
    authHint:
      'Your app collects the ID token from Inwonercloud (the token endpoint). There the app shows that it really is your app.',
    authMethods: {
      private_key_jwt: 'With a key pair (private_key_jwt). The NL GOV standard asks for this.',
      client_secret_basic:
        'With a secret (client secret). Only if your app cannot use keys yet: this deviates from the standard.',
    },
    secretNote: 'You create the secret on the app’s page, after saving. You see it only once.',
    keySourceLegend: 'Where are the public keys of your app?',
    keySources: { jwks: 'I paste them here (JWKS)', jwksUri: 'At an address on the internet (jwks_uri)' },
    jwks: 'Public keys (JWKS)',
    jwksHint:
      'Paste the JSON with public keys only: {"keys": [ ... ]}. RSA of at least 2048 bits or EC P-256. Never the private key.',
    jwksUri: 'Address of the public keys (jwks_uri)',
    jwksUriHint:
      'Inwonercloud fetches the keys there itself. The address starts with https:// and must answer directly, without redirecting.',
    assurance: 'Minimum sign-in level',
    assuranceHint:
      'Does your app handle sensitive data? Then choose the DigiD level a resident needs at least. With a lower level, the resident signs in again first.',
    assurances: {
      '': 'No minimum',
      low: 'Basis (eIDAS low)',
      substantial: 'Midden or Substantieel (eIDAS substantial)',
      high: 'Hoog (eIDAS high)',
    },
  },
};

export const formMessages = { nl, en };
