import type { DecisionKind } from '../../shared/schemas/register.ts';

/** The name of each kind of decision, as the feed's titles use it. */
export const KIND_TITLES: Record<DecisionKind, { nl: string; en: string }> = {
  approval: { nl: 'Goedgekeurd', en: 'Approved' },
  rejection: { nl: 'Afgewezen', en: 'Rejected' },
  suspension: { nl: 'Tijdelijk uit de catalogus', en: 'Suspended' },
  reinstatement: { nl: 'Weer in de catalogus', en: 'Reinstated' },
  'objection-upheld': { nl: 'Bezwaar gegrond', en: 'Objection upheld' },
  'objection-not-upheld': { nl: 'Bezwaar ongegrond', en: 'Objection not upheld' },
  'incident-closed': { nl: 'Melding afgesloten', en: 'Incident closed' },
  'listed-before-register': { nl: 'Opgenomen vóór het register', en: 'Listed before the register' },
};
