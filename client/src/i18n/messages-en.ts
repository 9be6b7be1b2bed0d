import type { Messages } from './messages-nl.ts';

/** English, second language: plain words, same keys as Dutch. */
export const en: Messages = {
  'site.name': 'Inwonercloud',
  'site.pageTitle': '{page} | Inwonercloud',
  'site.homeLink': 'Inwonercloud, to the home page',
  'site.skipLink': 'Skip to content',
  'site.loading': 'Loading…',

  'nav.menu': 'Menu',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.apps': 'All apps',
  'nav.myApps': 'My apps',
  'nav.vendor': 'My listings',
  'nav.review': 'Review',
  'nav.municipality': 'Municipality',
  'nav.access': 'Access',

  'language.label': 'Language',

  'municipality.label': 'Your municipality',
  'municipality.none': 'Choose your municipality',
  'municipality.loading': 'Loading municipalities…',
  'municipality.error': 'The list of municipalities does not load right now.',

  'footer.about': 'Inwonercloud is a place with apps. Municipalities checked these apps together.',
  'footer.linksLabel': 'About this website',
  'footer.register': 'Decisions about apps',
  'footer.accessibility': 'Accessibility',

  'home.title': 'Home',
  'home.heading': 'Find an app that helps you',
  'home.intro1':
    'Inwonercloud is a place with apps that help you in daily life. For example with care, money or work.',
  'home.intro2':
    'Municipalities check each app once, together. They check that the app is safe, handles your data well and can be used by everyone. After that, every municipality can offer the app to its residents.',
  'home.categoriesHeading': 'Choose a topic',
  'home.categoriesError': 'The topics do not load right now. You can still search or see all apps.',
  'home.allApps': 'See all apps',

  'search.label': 'Search for an app',
  'search.submit': 'Search',

  'count.apps.one': '1 app',
  'count.apps.other': '{count} apps',

  'results.title': 'All apps',
  'results.titleQuery': 'Apps for "{query}"',
  'results.heading': 'All apps',
  'results.filtersHeading': 'Search and filter',
  'results.category': 'Topic',
  'results.allCategories': 'All topics',
  'results.municipality': 'Municipality',
  'results.allMunicipalities': 'All municipalities',
  'results.submit': 'Search',
  'results.found.none': 'No apps found',
  'results.found.one': '1 app found',
  'results.found.other': '{count} apps found',
  'results.emptyHeading': 'We found no apps',
  'results.emptyText': 'Try another word. Or choose another topic or another municipality.',
  'results.listLabel': 'Apps found',

  'pagination.label': 'More results',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',
  'pagination.status': 'Page {page} of {pages}',

  'card.madeBy': 'Made by {vendor}',
  'card.categories': 'Topics',
  'card.cost': 'Cost',

  'cost.free': 'Free',
  'cost.paid-by-municipality': 'Free for you. Your municipality pays.',
  'cost.freemium': 'Free. You pay for some extra things.',
  'cost.paid': 'You pay for this app yourself.',

  'app.madeBy': 'Made by {vendor}',
  'app.categories': 'Topics',
  'app.aboutHeading': 'About this app',
  'app.website': 'Website of {name}',
  'app.claimsHeading': 'What data does this app get?',
  'app.claimsIntro':
    'Before you open the app, we ask whether you want to share this data. An app never gets your citizen service number (BSN).',
  'app.claimsNone': 'This app gets no data about you.',
  'app.claimRequired': 'Needed',
  'app.claimOptional': 'You may leave this out',
  'app.claimRequiredText': 'The app does not work without this.',
  'app.claimOptionalText': 'You may leave this out. The app still works.',
  'app.claimReason': 'Why the app asks for this: {reason}',
  'app.vettingHeading': 'Checked by municipalities',
  'app.vettingSummary': 'Municipalities checked this app together. Version {version} was approved on {date}.',
  'app.vettingCaption': 'What municipalities checked',
  'app.vettingCriterion': 'What was checked',
  'app.vettingGroup': 'Topic',
  'app.vettingOutcome': 'Result',
  'app.privacyHeading': 'Privacy',
  'app.privacyLink': 'Read the privacy statement of {name}',
  'app.accessibilityHeading': 'Accessibility',
  'app.accessibilityStatus': 'Status {status}: {label}',
  'app.accessibilityLink': 'Read the accessibility statement of {name}',
  'app.languagesHeading': 'Languages',
  'app.languagesText': 'The app is available in: {languages}.',
  'app.supportHeading': 'Help and contact',
  'app.supportEmail': 'Email',
  'app.supportPhone': 'Phone',
  'app.supportUrl': 'Help online',
  'app.supportHours': 'Available',
  'app.costHeading': 'Cost',
  'app.screenshotsHeading': 'What the app looks like',
  'app.offeredYes': 'The municipality of {municipality} offers this app.',
  'app.offeredNo': 'The municipality of {municipality} does not offer this app.',
  'app.offeredUnknown':
    'Choose your municipality at the top of the page. Then you see whether it offers this app.',

  'openApp.heading': 'Open the app',
  'openApp.button': 'Open app',
  'openApp.comingSoon':
    'Soon you can sign in here and open the app safely. You then choose which data you share.',

  'outcome.pass': 'Meets the requirements',
  'outcome.not-applicable': 'Does not apply',

  'group.privacy': 'Privacy',
  'group.security': 'Security',
  'group.accessibility': 'Accessibility',
  'group.language': 'Clear language',
  'group.evidence': 'Proof that the app helps',
  'group.data-minimisation': 'As little data as possible',
  'group.support-continuity': 'Help and keeping it running',
  'group.exit': 'Stopping with the app',

  'a11yStatus.A.label': 'fully compliant',
  'a11yStatus.A.text': 'The app was tested. It meets all accessibility requirements.',
  'a11yStatus.B.label': 'partly compliant',
  'a11yStatus.B.text':
    'The app was tested. Not everything is right yet. The maker wrote down what they will improve.',
  'a11yStatus.C.label': 'first steps taken',
  'a11yStatus.C.text': 'The maker has started to make the app accessible. A full test still has to happen.',
  'a11yStatus.D.label': 'not compliant',
  'a11yStatus.D.text': 'The app was not tested. No test is planned yet either.',
  'a11yStatus.E.label': 'unknown',
  'a11yStatus.E.text':
    'There is no proper accessibility statement. So we do not know how accessible the app is.',

  'notFound.title': 'Page not found',
  'notFound.text': 'We cannot find this page. Maybe the address is wrong, or the page no longer exists.',
  'notFound.home': 'Go to the home page',
  'notFound.apps': 'See all apps',

  'error.title': 'Something went wrong',
  'error.text': 'We cannot load this page right now. This is not your fault.',
  'error.tryAgain': 'Please try again in a few minutes.',
  'error.home': 'Go to the home page',

  'a11y.title': 'Accessibility statement',
  'a11y.intro':
    'Everyone must be able to use Inwonercloud. Also if you do not see or hear well. Or if you do not use a mouse or find reading hard.',
  'a11y.standardHeading': 'Which requirements do we aim for?',
  'a11y.standardText':
    'Government bodies must meet WCAG 2.1 at level AA. This is in the European standard EN 301 549. We aim to meet it. We also work on the newer WCAG 2.2 at level AA.',
  'a11y.doneHeading': 'What do we do for this?',
  'a11y.done1': 'You can use everything with only a keyboard.',
  'a11y.done2': 'We test every page with a program that finds accessibility errors.',
  'a11y.done3': 'We write in clear language, at language level B1.',
  'a11y.done4': 'The website also works on a cheap or older phone.',
  'a11y.statusHeading': 'How far are we?',
  'a11y.statusText':
    'Inwonercloud is new. We have taken the first steps. An independent expert has not fully tested the website yet. That is why Inwonercloud is not yet in the national register of accessibility statements.',
  'a11y.appsText':
    'The apps in Inwonercloud are made by others. Each app has its own accessibility statement. You find it on the page of the app.',
  'a11y.reportHeading': 'Something does not work? Let us know',
  'a11y.reportText':
    'Is there something you cannot read or use? Send us an email. Tell us which page it was and what did not work. We answer within 5 working days.',
  'a11y.ombudsmanText': 'Not happy with our answer? Then you can complain to the National Ombudsman.',
  'a11y.ombudsmanLink': 'Go to the website of the National Ombudsman',
};
