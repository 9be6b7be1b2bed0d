/** Copy of reinstating a suspended app (issue 11 item 9). B1 Dutch first. */
export const nl = {
  heading: (name: string) => `${name} terugzetten`,
  intro: 'De app komt meteen terug in de catalogus. Inwoners kunnen hem dan weer openen.',
  reason: 'Waarom zet je de app terug?',
  reasonHint: 'Minstens 3 tekens. Dit komt in het logboek, niet in het openbare register.',
  reasonInvalid: 'Schrijf een reden van minstens 3 tekens.',
  publicHeading: 'Openbare reden (niet verplicht)',
  publicIntro: 'Vul je niets in? Dan toont het openbare register deze standaardtekst:',
  /** Must equal STANDARD_REASONS.reinstatement.nl in server/register/standard-reasons.ts (a test checks). */
  standardText: 'De app staat weer in de catalogus. Inwoners kunnen de app weer openen.',
  publicInvalid: 'Schrijf een openbare reden van minstens 10 tekens, of laat het veld leeg.',
  submit: 'App terugzetten',
  cancel: 'Annuleren',
  confirm: (name: string) =>
    `Weet je het zeker? ${name} komt meteen terug in de catalogus en inwoners kunnen de app weer openen.`,
  confirmYes: 'Ja, terugzetten',
  confirmNo: 'Nee, niet terugzetten',
  notSuspended: 'Deze app is niet meer opgeschort. Iemand anders heeft hem misschien al teruggezet.',
  summaryTitle: 'Er gaat iets mis. Verbeter dit:',
};

export type ReinstateMessages = typeof nl;

export const en: ReinstateMessages = {
  heading: (name: string) => `Reinstate ${name}`,
  intro: 'The app is back in the catalog at once. Residents can open it again.',
  reason: 'Why do you reinstate the app?',
  reasonHint: 'At least 3 characters. This goes into the audit trail, not into the public register.',
  reasonInvalid: 'Write a reason of at least 3 characters.',
  publicHeading: 'Public reason (optional)',
  publicIntro: 'Do you leave it empty? Then the public register shows this standard text:',
  standardText: 'De app staat weer in de catalogus. Inwoners kunnen de app weer openen.',
  publicInvalid: 'Write a public reason of at least 10 characters, or leave it empty.',
  submit: 'Reinstate app',
  cancel: 'Cancel',
  confirm: (name: string) =>
    `Are you sure? ${name} is back in the catalog at once and residents can open it again.`,
  confirmYes: 'Yes, reinstate',
  confirmNo: 'No, do not reinstate',
  notSuspended: 'This app is no longer suspended. Someone else may have reinstated it already.',
  summaryTitle: 'Something is wrong. Please fix this:',
};

export const reinstateMessages = { nl, en };
