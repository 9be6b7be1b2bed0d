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
    action: 'Actie',
    offer: 'Aanbieden',
    stop: 'Stoppen met aanbieden',
    offered: 'Wordt aangeboden',
    notOffered: 'Niet aangeboden',
    usage: 'Geopend, laatste 4 weken',
    usageValue: (n: number) => (n === 1 ? '1 keer' : `${n} keer`),
    requests: 'Gevraagd door inwoners',
    mostAsked: 'Apps waar inwoners om vragen',
    askedItem: (app: string, n: number) => `${app}: ${n === 1 ? '1 inwoner' : `${n} inwoners`}`,
    requestsValue: (n: number) => (n === 1 ? '1 inwoner' : `${n} inwoners`),
    requestsIntro:
      'Inwoners kunnen je gemeente vragen om een app aan te bieden. Je ziet alleen hoeveel inwoners om een app vragen, niet wie. Bied je de app aan? Dan vervallen de verzoeken.',
    confirmStop: (app: string, n: number) =>
      n === 0
        ? `Wil je stoppen met ${app}? Inwoners hebben de app de afgelopen 4 weken niet geopend.`
        : `Wil je stoppen met ${app}? Inwoners van je gemeente hebben de app de afgelopen 4 weken ${n === 1 ? '1 keer' : `${n} keer`} geopend.`,
    confirmStopEffect:
      'Na stoppen kunnen zij de app niet meer openen via Inwonercloud. In "Mijn apps" lezen ze dat je gemeente de app niet meer aanbiedt.',
    confirmStopYes: 'Ja, stoppen',
    confirmStopNo: 'Nee, blijven aanbieden',
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
    action: 'Action',
    offer: 'Offer',
    stop: 'Stop offering',
    usage: 'Opened, last 4 weeks',
    usageValue: (n: number) => (n === 1 ? 'once' : `${n} times`),
    requests: 'Asked for by residents',
    mostAsked: 'Apps residents ask for',
    askedItem: (app: string, n: number) => `${app}: ${n === 1 ? '1 resident' : `${n} residents`}`,
    requestsValue: (n: number) => (n === 1 ? '1 resident' : `${n} residents`),
    requestsIntro:
      'Residents can ask your municipality to offer an app. You only see how many residents ask for an app, not who. Do you offer the app? Then the requests end.',
    confirmStop: (app: string, n: number) =>
      n === 0
        ? `Do you want to stop offering ${app}? Residents have not opened it in the last 4 weeks.`
        : `Do you want to stop offering ${app}? Residents of your municipality opened it ${n === 1 ? 'once' : `${n} times`} in the last 4 weeks.`,
    confirmStopEffect:
      'After that they can no longer open the app through Inwonercloud. In "My apps" they read that your municipality no longer offers it.',
    confirmStopYes: 'Yes, stop',
    confirmStopNo: 'No, keep offering',
    offered: 'Offered',
    notOffered: 'Not offered',
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
