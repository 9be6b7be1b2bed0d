/** Copy of the referral pages (issue 13 part 4). B1 Dutch first; `en` has the same shape. */
export const nl = {
  refer: {
    title: 'Een app aanraden',
    intro:
      'Raad een inwoner een app aan. U krijgt een link en een QR-code. De link werkt 7 dagen. U ziet alleen of de link is geopend, niet wie hem opende en niet of de app wordt gebruikt.',
    app: 'Korte naam van de app',
    appHint: 'Bijvoorbeeld: budgetcoach. Alleen apps die uw gemeente aanbiedt.',
    note: 'Persoonlijk bericht (niet verplicht)',
    noteHint: 'Maximaal 500 tekens. Zet er geen gegevens over de inwoner in.',
    submit: 'Link maken',
    made: 'De link is klaar. Kopieer hem nu: u ziet hem maar één keer.',
    link: 'Link',
    message: 'Tekst voor e-mail of sms',
    qr: 'QR-code om te scannen',
    failed: 'Dat lukte niet. Biedt uw gemeente deze app aan?',
    listTitle: 'Uw verwijzingen',
    caption: 'Verwijzingen van de afgelopen tijd',
    colApp: 'App',
    colMade: 'Gemaakt',
    colOpened: 'Geopend?',
    yes: 'Ja',
    no: 'Nog niet',
    empty: 'U heeft nog geen verwijzingen gemaakt.',
  },
  open: {
    title: 'Een app voor jou',
    loading: 'De link wordt geopend…',
    failed: 'Deze link werkt niet (meer). Vraag je hulpverlener om een nieuwe link.',
    noCode: 'Er zit geen code in deze link. Kijk of je de hele link hebt gekopieerd.',
    note: 'Bericht van je hulpverlener',
    intro: (app: string) => `Je hulpverlener raadt je de app ${app} aan.`,
    view: (app: string) => `Bekijk ${app}`,
  },
};

export type ReferralMessages = typeof nl;

export const en: ReferralMessages = {
  refer: {
    title: 'Recommend an app',
    intro:
      'Recommend an app to a resident. You get a link and a QR code. The link works for 7 days. You only see whether the link was opened, not who opened it and not whether the app is used.',
    app: 'Short name of the app',
    appHint: 'For example: budgetcoach. Only apps your municipality offers.',
    note: 'Personal message (optional)',
    noteHint: 'At most 500 characters. Do not put details about the resident in it.',
    submit: 'Make link',
    made: 'The link is ready. Copy it now: you see it only once.',
    link: 'Link',
    message: 'Text for an e-mail or text message',
    qr: 'QR code to scan',
    failed: 'That did not work. Does your municipality offer this app?',
    listTitle: 'Your referrals',
    caption: 'Recent referrals',
    colApp: 'App',
    colMade: 'Made',
    colOpened: 'Opened?',
    yes: 'Yes',
    no: 'Not yet',
    empty: 'You have not made any referrals yet.',
  },
  open: {
    title: 'An app for you',
    loading: 'Opening the link…',
    failed: 'This link does not work (any more). Ask your care worker for a new link.',
    noCode: 'There is no code in this link. Check that you copied the whole link.',
    note: 'Message from your care worker',
    intro: (app: string) => `Your care worker recommends the app ${app}.`,
    view: (app: string) => `See ${app}`,
  },
};

export const referralMessages = { nl, en };
