import type { EvidenceKind, EvidenceStatus } from '../../../../shared/schemas/evidence.ts';

/** Names of evidence kinds and statuses, B1 Dutch and English (also used by the reviewer workspace). */
export const evidenceWords = {
  nl: {
    kind: {
      iso27001: 'ISO 27001-certificaat',
      nen7510: 'NEN 7510-certificaat',
      pentest: 'Pentest',
      dpia: 'DPIA',
      'processing-agreement': 'Verwerkersovereenkomst',
      'accessibility-audit': 'Toegankelijkheidsonderzoek',
    } satisfies Record<EvidenceKind, string>,
    status: { valid: 'geldig', expiring: 'verloopt binnenkort', expired: 'verlopen' } satisfies Record<
      EvidenceStatus,
      string
    >,
    checked: (kind: string, issued: string, until: string) => `${kind}: ${issued}, geldig tot ${until}`,
    column: 'Bewijs',
    none: '—',
  },
  en: {
    kind: {
      iso27001: 'ISO 27001 certificate',
      nen7510: 'NEN 7510 certificate',
      pentest: 'Penetration test',
      dpia: 'DPIA',
      'processing-agreement': 'Data processing agreement',
      'accessibility-audit': 'Accessibility audit',
    } satisfies Record<EvidenceKind, string>,
    status: { valid: 'valid', expiring: 'expires soon', expired: 'expired' } satisfies Record<
      EvidenceStatus,
      string
    >,
    checked: (kind: string, issued: string, until: string) => `${kind}: ${issued}, valid until ${until}`,
    column: 'Evidence',
    none: '—',
  },
};
