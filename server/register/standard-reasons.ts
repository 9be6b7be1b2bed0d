import type { DecisionKind } from '../../shared/schemas/register.ts';

/**
 * What the register says when the reviewer wrote no public reason (an older client, or an
 * approval that needs no more words). Written at B1; the reviewer's own reason replaces it.
 */
export const STANDARD_REASONS: Record<DecisionKind, { nl: string; en: string }> = {
  approval: {
    nl: 'Twee beoordelaars hebben de app gecontroleerd. De app voldoet aan alle verplichte eisen.',
    en: 'Two reviewers checked the app. The app meets every required criterion.',
  },
  rejection: {
    nl: 'De app voldoet niet aan een of meer verplichte eisen. Zie de uitkomst per eis.',
    en: 'The app does not meet one or more required criteria. See the outcome per criterion.',
  },
  suspension: {
    nl: 'De app is tijdelijk uit de catalogus gehaald. Inwoners kunnen de app nu niet openen.',
    en: 'The app was taken out of the catalog for now. Residents cannot open it at the moment.',
  },
  reinstatement: {
    nl: 'De app staat weer in de catalogus. Inwoners kunnen de app weer openen.',
    en: 'The app is back in the catalog. Residents can open it again.',
  },
  'objection-upheld': {
    nl: 'De aanbieder maakte bezwaar. Het bezwaar is gegrond: het besluit wordt teruggedraaid.',
    en: 'The vendor objected. The objection is upheld: the decision is reversed.',
  },
  'objection-not-upheld': {
    nl: 'De aanbieder maakte bezwaar. Het bezwaar is ongegrond: het besluit blijft staan.',
    en: 'The vendor objected. The objection is not upheld: the decision stands.',
  },
  'incident-closed': {
    nl: 'Een melding over deze app is onderzocht en afgesloten.',
    en: 'A report about this app was looked into and closed.',
  },
  'listed-before-register': {
    nl: 'Deze app stond al in de catalogus voordat dit register begon. Er is geen openbaar besluit met redenen. De uitkomst per eis is die van de eerste controle.',
    en: 'This app was in the catalog before this register started. There is no public decision with reasons. The outcome per criterion is that of the first check.',
  },
};
