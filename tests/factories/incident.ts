import type { IncidentInput } from '../../shared/schemas/incident.ts';

/** An incident report in B1 Dutch and English; severity medium unless overridden. */
export function buildIncident(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    what: {
      nl: 'Door een fout konden andere mensen je naam zien.',
      en: 'Because of an error, other people could see your name.',
    },
    dataImpact: {
      nl: 'Alleen je voornaam was te zien. Andere gegevens niet.',
      en: 'Only your first name could be seen. No other data.',
    },
    advice: {
      nl: 'Je hoeft niets te doen. Wil je zeker zijn? Verander dan je wachtwoord.',
      en: 'You do not need to do anything. Want to be sure? Then change your password.',
    },
    since: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    severity: 'medium',
    ...overrides,
  };
}
