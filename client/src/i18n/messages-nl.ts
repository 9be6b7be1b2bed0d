/**
 * Dutch is the source language: B1 level (Direct Duidelijk), and we say "je". Every other
 * language must have exactly these keys, which the type of `en` enforces.
 * `{name}` marks a value that is filled in.
 */
export const nl = {
  'site.name': 'Inwonercloud',
  'site.pageTitle': '{page} | Inwonercloud',
  'site.homeLink': 'Inwonercloud, naar de homepage',
  'site.skipLink': 'Naar de inhoud',
  'site.loading': 'Bezig met laden…',

  'nav.menu': 'Menu',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Home',
  'nav.apps': 'Alle apps',
  'nav.myApps': 'Mijn apps',
  'nav.vendor': 'Mijn aanbod',
  'nav.review': 'Beoordelen',
  'nav.municipality': 'Gemeente',
  'nav.access': 'Toegang',

  'language.label': 'Taal',

  'municipality.label': 'Je gemeente',
  'municipality.none': 'Kies je gemeente',
  'municipality.loading': 'Gemeenten laden…',
  'municipality.error': 'De lijst met gemeenten laadt nu niet.',

  'footer.about': 'Inwonercloud is een plek met apps. Gemeenten hebben deze apps samen gecontroleerd.',
  'footer.linksLabel': 'Over deze website',
  'footer.register': 'Besluiten over apps',
  'footer.accessibility': 'Toegankelijkheid',

  'home.title': 'Home',
  'home.heading': 'Vind een app die je helpt',
  'home.intro1':
    'Inwonercloud is een plek met apps die je helpen in je dagelijks leven. Bijvoorbeeld met zorg, je geld of werk.',
  'home.intro2':
    'Gemeenten controleren elke app één keer, samen. Ze kijken of de app veilig is, goed met je gegevens omgaat en voor iedereen te gebruiken is. Daarna kan elke gemeente de app aan haar inwoners aanbieden.',
  'home.categoriesHeading': 'Kies een onderwerp',
  'home.categoriesError': 'De onderwerpen laden nu niet. Je kunt wel zoeken of alle apps bekijken.',
  'home.allApps': 'Bekijk alle apps',

  'search.label': 'Zoek een app',
  'search.submit': 'Zoeken',

  'count.apps.one': '1 app',
  'count.apps.other': '{count} apps',

  'results.title': 'Alle apps',
  'results.titleQuery': 'Apps voor "{query}"',
  'results.heading': 'Alle apps',
  'results.filtersHeading': 'Zoeken en filteren',
  'results.category': 'Onderwerp',
  'results.allCategories': 'Alle onderwerpen',
  'results.municipality': 'Gemeente',
  'results.allMunicipalities': 'Alle gemeenten',
  'results.submit': 'Zoeken',
  'results.found.none': 'Geen apps gevonden',
  'results.found.one': '1 app gevonden',
  'results.found.other': '{count} apps gevonden',
  'results.emptyHeading': 'We hebben geen apps gevonden',
  'results.emptyText': 'Probeer een ander woord. Of kies een ander onderwerp of een andere gemeente.',
  'results.listLabel': 'Gevonden apps',

  'pagination.label': 'Meer resultaten',
  'pagination.previous': 'Vorige',
  'pagination.next': 'Volgende',
  'pagination.page': 'Pagina {page}',
  'pagination.status': 'Pagina {page} van {pages}',

  'card.madeBy': 'Gemaakt door {vendor}',
  'card.categories': 'Onderwerpen',
  'card.cost': 'Kosten',

  'cost.free': 'Gratis',
  'cost.paid-by-municipality': 'Gratis voor jou. Je gemeente betaalt.',
  'cost.freemium': 'Gratis. Voor sommige extra dingen betaal je.',
  'cost.paid': 'Je betaalt zelf voor deze app.',

  'app.madeBy': 'Gemaakt door {vendor}',
  'app.categories': 'Onderwerpen',
  'app.aboutHeading': 'Over deze app',
  'app.website': 'Website van {name}',
  'app.claimsHeading': 'Welke gegevens krijgt deze app?',
  'app.claimsIntro':
    'Voordat je de app opent, vragen we of je deze gegevens wilt delen. Je burgerservicenummer (BSN) krijgt een app nooit.',
  'app.claimsNone': 'Deze app krijgt geen gegevens over je.',
  'app.claimRequired': 'Nodig',
  'app.claimOptional': 'Mag je weglaten',
  'app.claimRequiredText': 'Zonder dit gegeven werkt de app niet.',
  'app.claimOptionalText': 'Je mag dit gegeven weglaten. De app werkt dan ook.',
  'app.claimReason': 'Waarom de app dit vraagt: {reason}',
  'app.vettingHeading': 'Gecontroleerd door gemeenten',
  'app.vettingSummary':
    'Gemeenten hebben deze app samen gecontroleerd. Versie {version} is goedgekeurd op {date}.',
  'app.vettingCaption': 'Waar gemeenten de app op hebben gecontroleerd',
  'app.vettingCriterion': 'Wat is gecontroleerd',
  'app.vettingGroup': 'Onderwerp',
  'app.vettingOutcome': 'Uitkomst',
  'app.privacyHeading': 'Privacy',
  'app.privacyLink': 'Lees de privacyverklaring van {name}',
  'app.accessibilityHeading': 'Toegankelijkheid',
  'app.accessibilityStatus': 'Status {status}: {label}',
  'app.accessibilityLink': 'Lees de toegankelijkheidsverklaring van {name}',
  'app.languagesHeading': 'Talen',
  'app.languagesText': 'De app is er in deze talen: {languages}.',
  'app.supportHeading': 'Hulp en contact',
  'app.supportEmail': 'E-mail',
  'app.supportPhone': 'Telefoon',
  'app.supportUrl': 'Hulp op internet',
  'app.supportHours': 'Bereikbaar',
  'app.costHeading': 'Kosten',
  'app.screenshotsHeading': 'Zo ziet de app eruit',
  'app.offeredYes': 'Gemeente {municipality} biedt deze app aan.',
  'app.offeredNo': 'Gemeente {municipality} biedt deze app niet aan.',
  'app.offeredUnknown': 'Kies bovenaan de pagina je gemeente. Dan zie je of je gemeente deze app aanbiedt.',

  'openApp.heading': 'App openen',
  'openApp.button': 'Open app',
  'openApp.comingSoon':
    'Binnenkort kun je hier inloggen en de app veilig openen. Je kiest dan zelf welke gegevens je deelt.',

  'outcome.pass': 'Voldoet',
  'outcome.not-applicable': 'Niet van toepassing',

  'group.privacy': 'Privacy',
  'group.security': 'Veiligheid',
  'group.accessibility': 'Toegankelijkheid',
  'group.language': 'Begrijpelijke taal',
  'group.evidence': 'Bewijs dat de app helpt',
  'group.data-minimisation': 'Zo weinig mogelijk gegevens',
  'group.support-continuity': 'Hulp en blijven werken',
  'group.exit': 'Stoppen met de app',

  'a11yStatus.A.label': 'voldoet helemaal',
  'a11yStatus.A.text': 'De app is onderzocht. Hij voldoet aan alle eisen voor toegankelijkheid.',
  'a11yStatus.B.label': 'voldoet voor een deel',
  'a11yStatus.B.text':
    'De app is onderzocht. Nog niet alles is in orde. De maker heeft opgeschreven wat hij gaat verbeteren.',
  'a11yStatus.C.label': 'eerste stappen gezet',
  'a11yStatus.C.text':
    'De maker is begonnen om de app toegankelijk te maken. Een volledig onderzoek moet nog gebeuren.',
  'a11yStatus.D.label': 'voldoet niet',
  'a11yStatus.D.text': 'De app is niet onderzocht. Er is ook nog geen onderzoek gepland.',
  'a11yStatus.E.label': 'onbekend',
  'a11yStatus.E.text':
    'Er is geen goede toegankelijkheidsverklaring. We weten dus niet hoe toegankelijk de app is.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text':
    'We kunnen deze pagina niet vinden. Misschien is het adres niet goed, of bestaat de pagina niet meer.',
  'notFound.home': 'Ga naar de homepage',
  'notFound.apps': 'Bekijk alle apps',

  'error.title': 'Er ging iets mis',
  'error.text': 'Het lukt nu niet om deze pagina te laden. Dat ligt niet aan jou.',
  'error.tryAgain': 'Probeer het over een paar minuten opnieuw.',
  'error.home': 'Ga naar de homepage',

  'a11y.title': 'Toegankelijkheidsverklaring',
  'a11y.intro':
    'Iedereen moet Inwonercloud kunnen gebruiken. Ook als je slecht ziet of slecht hoort. Of als je geen muis gebruikt of moeite hebt met lezen.',
  'a11y.standardHeading': 'Aan welke eisen willen we voldoen?',
  'a11y.standardText':
    'Overheden moeten voldoen aan de eisen van WCAG 2.1 op niveau AA. Dat staat in de Europese norm EN 301 549. Wij willen daaraan voldoen. We werken ook aan de nieuwere eisen van WCAG 2.2 op niveau AA.',
  'a11y.doneHeading': 'Wat doen we hiervoor?',
  'a11y.done1': 'Je kunt alles gebruiken met alleen een toetsenbord.',
  'a11y.done2': 'We testen elke pagina met een computerprogramma dat fouten in toegankelijkheid vindt.',
  'a11y.done3': 'We schrijven in duidelijke taal, op taalniveau B1.',
  'a11y.done4': 'De website werkt ook op een goedkope of oudere telefoon.',
  'a11y.statusHeading': 'Hoe ver zijn we?',
  'a11y.statusText':
    'Inwonercloud is nieuw. We hebben de eerste stappen gezet. Een onafhankelijke deskundige heeft de website nog niet helemaal onderzocht. Daarom staat Inwonercloud nog niet in het landelijke register van toegankelijkheidsverklaringen.',
  'a11y.appsText':
    'De apps in Inwonercloud zijn van andere makers. Elke app heeft een eigen toegankelijkheidsverklaring. Die vind je op de pagina van de app.',
  'a11y.reportHeading': 'Werkt iets niet? Laat het ons weten',
  'a11y.reportText':
    'Kun je iets niet lezen of niet gebruiken? Stuur ons een e-mail. Schrijf op welke pagina het was en wat er niet werkte. We antwoorden binnen 5 werkdagen.',
  'a11y.ombudsmanText':
    'Ben je niet tevreden met ons antwoord? Dan kun je een klacht indienen bij de Nationale ombudsman.',
  'a11y.ombudsmanLink': 'Naar de website van de Nationale ombudsman',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
