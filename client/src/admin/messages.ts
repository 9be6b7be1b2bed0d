/** Copy of the municipality admin pages. B1 Dutch first; `en` must have the same shape. */
export const nl = {
  offers: {
    title: 'Apps aanbieden',
    titleFor: (name: string) => `Apps aanbieden in ${name}`,
    intro:
      'Alle apps hieronder zijn gecontroleerd. Kies welke apps je gemeente aan haar inwoners aanbiedt. Een app die je aanbiedt, zien inwoners meteen in de catalogus.',
    count: (offered: number, total: number) =>
      total === 1
        ? `Je gemeente biedt ${offered} van 1 app aan.`
        : `Je gemeente biedt ${offered} van de ${total} apps aan.`,
    caption: 'Gecontroleerde apps',
    app: 'App',
    vendor: 'Aanbieder',
    status: 'Status',
    action: 'Aanbieden',
    offer: 'Aanbieden',
    offered: 'Wordt aangeboden',
    notOffered: 'Niet aangeboden',
    toggleHint: 'Ingedrukt betekent: je gemeente biedt deze app aan. Druk nog eens om te stoppen.',
    nowOffered: (app: string) => `${app} wordt nu aangeboden.`,
    nowStopped: (app: string) => `${app} wordt niet meer aangeboden.`,
    failed: 'Dat is niet gelukt. Probeer het opnieuw.',
    empty: 'Er zijn nog geen gecontroleerde apps.',
    otherMunicipalities: 'Je beheert ook:',
    logLink: 'Bekijk het logboek van je gemeente',
  },
  log: {
    title: 'Logboek',
    titleFor: (name: string) => `Logboek van ${name}`,
    intro: 'Hier zie je wie wanneer een app heeft aangeboden of gestopt.',
    heading: 'Gebeurtenissen',
    caption: 'Wat er is veranderd',
    back: 'Terug naar apps aanbieden',
  },
  noMunicipality: 'Je beheert geen gemeente.',
};

export type AdminMessages = typeof nl;

export const en: AdminMessages = {
  offers: {
    title: 'Offer apps',
    titleFor: (name: string) => `Offer apps in ${name}`,
    intro:
      'All apps below have been checked. Choose which apps your municipality offers its residents. Residents see an app you offer in the catalog at once.',
    count: (offered: number, total: number) =>
      total === 1
        ? `Your municipality offers ${offered} of 1 app.`
        : `Your municipality offers ${offered} of the ${total} apps.`,
    caption: 'Checked apps',
    app: 'App',
    vendor: 'Vendor',
    status: 'Status',
    action: 'Offer',
    offer: 'Offer',
    offered: 'Offered',
    notOffered: 'Not offered',
    toggleHint: 'Pressed means: your municipality offers this app. Press again to stop.',
    nowOffered: (app: string) => `${app} is now offered.`,
    nowStopped: (app: string) => `${app} is no longer offered.`,
    failed: 'That did not work. Please try again.',
    empty: 'There are no checked apps yet.',
    otherMunicipalities: 'You also manage:',
    logLink: 'See the log of your municipality',
  },
  log: {
    title: 'Log',
    titleFor: (name: string) => `Log of ${name}`,
    intro: 'Here you see who offered or stopped an app, and when.',
    heading: 'Events',
    caption: 'What changed',
    back: 'Back to offering apps',
  },
  noMunicipality: 'You do not manage a municipality.',
};

export const adminMessages = { nl, en };
