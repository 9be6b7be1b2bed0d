import type { HistoryKind } from '../../../shared/schemas/review-history.ts';

/** Copy of the reviewers' decision history (issue 11). B1 Dutch first. */
export const nl = {
  title: 'Besluiten van beoordelaars',
  intro:
    'Alle besluiten over apps: goedkeuren, aanpassingen vragen, afwijzen, opschorten en terugzetten. Met wie het besluit nam en waarom. Alleen beoordelaars zien dit.',
  filters: 'Filteren',
  app: 'App',
  allApps: 'Alle apps',
  reviewer: 'Beoordelaar',
  allReviewers: 'Alle beoordelaars',
  kind: 'Soort besluit',
  allKinds: 'Alle soorten',
  from: 'Vanaf (dag)',
  to: 'Tot en met (dag)',
  dayHint: 'Bijvoorbeeld 2026-12-01. Laat leeg voor geen grens.',
  dayInvalid: 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-12-01.',
  toBeforeFrom: 'Deze dag ligt voor de eerste dag. Kies een latere dag.',
  apply: 'Filter toepassen',
  reset: 'Alle filters weghalen',
  caption: (total: number) => (total === 1 ? '1 besluit' : `${total} besluiten`),
  when: 'Wanneer',
  decision: 'Besluit',
  by: 'Door',
  reason: 'Reden of toelichting',
  none: 'Er zijn geen besluiten die bij deze filters passen.',
  noReason: '—',
  removedApp: 'App bestaat niet meer',
  version: (n: number) => `versie ${n}`,
  kinds: {
    approve: 'Goedgekeurd',
    request_changes: 'Aanpassingen gevraagd',
    reject: 'Afgewezen',
    suspend: 'Opgeschort',
    reinstate: 'Teruggezet',
  } satisfies Record<HistoryKind, string>,
  firstOfTwo: '(eerste van twee)',
  final: '(definitief, live)',
  summaryTitle: 'Er gaat iets mis. Verbeter dit:',
};

export type HistoryMessages = typeof nl;

export const en: HistoryMessages = {
  title: 'Decisions by reviewers',
  intro:
    'Every decision about apps: approve, request changes, reject, suspend and reinstate. With who took it and why. Only reviewers see this.',
  filters: 'Filter',
  app: 'App',
  allApps: 'All apps',
  reviewer: 'Reviewer',
  allReviewers: 'All reviewers',
  kind: 'Kind of decision',
  allKinds: 'All kinds',
  from: 'From (day)',
  to: 'Up to and including (day)',
  dayHint: 'For example 2026-12-01. Leave empty for no limit.',
  dayInvalid: 'Enter a date as yyyy-mm-dd, for example 2026-12-01.',
  toBeforeFrom: 'This day is before the first day. Choose a later day.',
  apply: 'Apply filter',
  reset: 'Remove all filters',
  caption: (total: number) => (total === 1 ? '1 decision' : `${total} decisions`),
  when: 'When',
  decision: 'Decision',
  by: 'By',
  reason: 'Reason or explanation',
  none: 'There are no decisions that match these filters.',
  noReason: '—',
  removedApp: 'App no longer exists',
  version: (n: number) => `version ${n}`,
  kinds: {
    approve: 'Approved',
    request_changes: 'Changes requested',
    reject: 'Rejected',
    suspend: 'Suspended',
    reinstate: 'Reinstated',
  },
  firstOfTwo: '(first of two)',
  final: '(final, live)',
  summaryTitle: 'Something is wrong. Please fix this:',
};

export const historyMessages = { nl, en };
