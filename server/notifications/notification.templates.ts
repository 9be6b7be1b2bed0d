import type { Locale, LocalizedText } from '../../shared/schemas/common.ts';

/** Every message the platform sends, in B1 Dutch and in English (issue 12 part 4). */
export const TEMPLATE_IDS = [
  'submission',
  'status-changed',
  'published',
  'suspended',
  'reinstated',
  'evidence-expiring',
  'evidence-expired',
  'incident-reported',
  'incident-response',
  'incident-closed',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
export type TemplateParams = Record<string, string>;

const STATUS: Record<string, LocalizedText> = {
  in_review: { nl: 'wordt beoordeeld', en: 'is being reviewed' },
  approve: { nl: 'is goedgekeurd door een beoordelaar', en: 'was approved by a reviewer' },
  approved: { nl: 'is goedgekeurd', en: 'has been approved' },
  request_changes: { nl: 'moet worden aangepast', en: 'needs changes' },
  reject: { nl: 'is afgewezen', en: 'was rejected' },
};

const EVIDENCE: Record<string, LocalizedText> = {
  iso27001: { nl: 'ISO 27001-certificaat', en: 'ISO 27001 certificate' },
  nen7510: { nl: 'NEN 7510-certificaat', en: 'NEN 7510 certificate' },
  pentest: { nl: 'Pentest', en: 'Penetration test' },
  dpia: { nl: 'DPIA', en: 'DPIA' },
  'processing-agreement': { nl: 'Verwerkersovereenkomst', en: 'Data processing agreement' },
  'accessibility-audit': { nl: 'Toegankelijkheidsonderzoek', en: 'Accessibility audit' },
};

const SEVERITY: Record<string, LocalizedText> = {
  low: { nl: 'laag', en: 'low' },
  medium: { nl: 'middel', en: 'medium' },
  high: { nl: 'hoog', en: 'high' },
};

type Render = (p: TemplateParams, locale: Locale) => { subject: string; body: string };
const word = (table: Record<string, LocalizedText>, key: string | undefined, locale: Locale) =>
  (key && table[key]?.[locale]) ?? key ?? '';

const RENDER: Record<TemplateId, Render> = {
  submission: (p, l) =>
    l === 'nl'
      ? {
          subject: `Nieuw om te beoordelen: ${p.app}`,
          body: `${p.app} versie ${p.number} wacht op een beoordeling.`,
        }
      : { subject: `New to review: ${p.app}`, body: `${p.app} version ${p.number} is waiting for a review.` },
  'status-changed': (p, l) => {
    const status = word(STATUS, p.status, l);
    const comment = p.comment ? (l === 'nl' ? `\nOpmerking: ${p.comment}` : `\nComment: ${p.comment}`) : '';
    return l === 'nl'
      ? { subject: `${p.app} ${status}`, body: `Versie ${p.number} van ${p.app} ${status}.${comment}` }
      : { subject: `${p.app} ${status}`, body: `Version ${p.number} of ${p.app} ${status}.${comment}` };
  },
  published: (p, l) =>
    l === 'nl'
      ? {
          subject: `${p.app} staat in de catalogus`,
          body: `Versie ${p.number} van ${p.app} is goedgekeurd en staat nu in de catalogus.`,
        }
      : {
          subject: `${p.app} is in the catalog`,
          body: `Version ${p.number} of ${p.app} was approved and is now in the catalog.`,
        },
  suspended: (p, l) =>
    l === 'nl'
      ? {
          subject: `${p.app} is tijdelijk uit de catalogus`,
          body: `${p.app} is tijdelijk uit de catalogus gehaald. Inwoners kunnen de app nu niet openen.\nReden: ${p.reason}`,
        }
      : {
          subject: `${p.app} is suspended`,
          body: `${p.app} has been taken off the catalog for now. Residents cannot open the app.\nReason: ${p.reason}`,
        },
  reinstated: (p, l) =>
    l === 'nl'
      ? {
          subject: `${p.app} staat weer in de catalogus`,
          body: `${p.app} staat weer in de catalogus. Inwoners kunnen de app weer openen.`,
        }
      : {
          subject: `${p.app} is back in the catalog`,
          body: `${p.app} is back in the catalog. Residents can open the app again.`,
        },
  'evidence-expiring': (p, l) =>
    l === 'nl'
      ? {
          subject: `${word(EVIDENCE, p.kind, l)} van ${p.app} verloopt binnenkort`,
          body: `Het bewijs "${word(EVIDENCE, p.kind, l)}" van ${p.app} is geldig tot ${p.validUntil}. Lever op tijd nieuw bewijs aan.`,
        }
      : {
          subject: `${word(EVIDENCE, p.kind, l)} of ${p.app} expires soon`,
          body: `The evidence "${word(EVIDENCE, p.kind, l)}" of ${p.app} is valid until ${p.validUntil}. Provide new evidence in time.`,
        },
  'evidence-expired': (p, l) =>
    l === 'nl'
      ? {
          subject: `${word(EVIDENCE, p.kind, l)} van ${p.app} is verlopen`,
          body: `Het bewijs "${word(EVIDENCE, p.kind, l)}" van ${p.app} was geldig tot ${p.validUntil}. Het oordeel over dit punt is verouderd. Een beoordelaar kijkt ernaar; de app blijft in de catalogus tot iemand anders besluit.`,
        }
      : {
          subject: `${word(EVIDENCE, p.kind, l)} of ${p.app} has expired`,
          body: `The evidence "${word(EVIDENCE, p.kind, l)}" of ${p.app} was valid until ${p.validUntil}. The verdict on this criterion is out of date. A reviewer will look at it; the app stays in the catalog until someone decides otherwise.`,
        },
  'incident-reported': (p, l) =>
    l === 'nl'
      ? {
          subject: `Incident bij ${p.app} (ernst: ${word(SEVERITY, p.severity, l)})`,
          body: `Er is een incident gemeld bij ${p.app}.\nWat er is gebeurd: ${p.what}${p.severity === 'high' ? '\nDe app is tijdelijk uit de catalogus gehaald.' : ''}`,
        }
      : {
          subject: `Incident at ${p.app} (severity: ${word(SEVERITY, p.severity, l)})`,
          body: `An incident was reported at ${p.app}.\nWhat happened: ${p.what}${p.severity === 'high' ? '\nThe app has been taken off the catalog for now.' : ''}`,
        },
  'incident-response': (p, l) =>
    l === 'nl'
      ? {
          subject: `Reactie op het incident bij ${p.app}`,
          body: `${p.author} heeft gereageerd op het incident bij ${p.app}:\n${p.message}`,
        }
      : {
          subject: `Response to the incident at ${p.app}`,
          body: `${p.author} responded to the incident at ${p.app}:\n${p.message}`,
        },
  'incident-closed': (p, l) =>
    l === 'nl'
      ? {
          subject: `Incident bij ${p.app} is afgesloten`,
          body: `Het incident bij ${p.app} is afgesloten.\n${p.summary}`,
        }
      : {
          subject: `Incident at ${p.app} is closed`,
          body: `The incident at ${p.app} is closed.\n${p.summary}`,
        },
};

export function renderTemplate(id: TemplateId, params: TemplateParams, locale: Locale) {
  return RENDER[id](params, locale);
}
