/**
 * Copy for what a signed-in resident sees of their own municipality in the catalog (issue 11).
 * B1 Dutch first; `en` has the same shape.
 */
export const nl = {
  offeredBy: (municipality: string) => `Aangeboden door gemeente ${municipality}`,
  filterLabel: 'Alleen apps van mijn gemeente',
  filterHelp: (municipality: string) =>
    `Dit zijn de apps die gemeente ${municipality} aanbiedt. Alleen die apps kun je openen.`,
  request: {
    heading: 'Vraag je gemeente om deze app',
    intro: (municipality: string) =>
      `Wil je deze app gebruiken? Laat gemeente ${municipality} weten dat je de app wilt. De gemeente ziet alleen hoeveel inwoners erom vragen. Ze ziet niet wie.`,
    button: 'Vraag om deze app',
    asked: (municipality: string) => `Je hebt gemeente ${municipality} gevraagd om deze app aan te bieden.`,
    withdraw: 'Verzoek intrekken',
    withdrawn: 'Je verzoek is ingetrokken.',
    sent: 'Je verzoek is verstuurd.',
    coming: (municipality: string) =>
      `Gemeente ${municipality} gaat deze app aanbieden. Je hoeft er niet om te vragen.`,
    failed: 'Dat is niet gelukt. Probeer het opnieuw.',
    loadFailed: 'We konden niet laden of je al om deze app hebt gevraagd.',
  },
};

export const en: typeof nl = {
  offeredBy: (municipality: string) => `Offered by the municipality of ${municipality}`,
  filterLabel: 'Only apps of my municipality',
  filterHelp: (municipality: string) =>
    `These are the apps the municipality of ${municipality} offers. You can only open those apps.`,
  request: {
    heading: 'Ask your municipality for this app',
    intro: (municipality: string) =>
      `Do you want to use this app? Let the municipality of ${municipality} know that you want it. The municipality only sees how many residents ask for it. It does not see who.`,
    button: 'Ask for this app',
    asked: (municipality: string) => `You asked the municipality of ${municipality} to offer this app.`,
    withdraw: 'Withdraw request',
    withdrawn: 'Your request has been withdrawn.',
    sent: 'Your request has been sent.',
    coming: (municipality: string) =>
      `The municipality of ${municipality} is going to offer this app. You do not need to ask for it.`,
    failed: 'That did not work. Please try again.',
    loadFailed: 'We could not load whether you already asked for this app.',
  },
};

export const residentMessages = { nl, en };
