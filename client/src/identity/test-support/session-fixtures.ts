import { HttpResponse, http } from 'msw';
import type { Membership } from '../../../../shared/schemas/persona.ts';
import {
  type DemoPersona,
  DemoPersonaSchema,
  type Session,
  SessionSchema,
} from '../../../../shared/schemas/session.ts';

export function buildSession(roles: Membership[], overrides: Partial<Session> = {}): Session {
  return SessionSchema.parse({
    user: { id: 'user-1', displayName: 'Sanne de Vries', givenName: 'Sanne' },
    roles,
    idleExpiresAt: '2030-01-01T12:15:00.000Z',
    ...overrides,
  });
}

export const SIGNED_OUT = SessionSchema.parse({ user: null, roles: [], idleExpiresAt: null });

export const vendorSession = () => buildSession([{ role: 'vendor', organisationId: 'org-geldfit' }]);
export const reviewerSession = () =>
  buildSession([{ role: 'reviewer' }], {
    user: { id: 'rev-1', displayName: 'Ruud Beoordelaar', givenName: 'Ruud' },
  });
export const adminSession = () =>
  buildSession([{ role: 'municipality-admin', municipality: 'GM0344' }], {
    user: { id: 'adm-1', displayName: 'Aisha Beheer', givenName: 'Aisha' },
  });

export function buildPersona(overrides: Partial<DemoPersona> = {}): DemoPersona {
  return DemoPersonaSchema.parse({
    id: 'fatima',
    displayName: 'Fatima El Amrani',
    summary: {
      nl: 'Woont in Utrecht en zoekt hulp bij geldzaken.',
      en: 'Lives in Utrecht and looks for help with money.',
    },
    roles: [{ role: 'resident', municipality: 'GM0344' }],
    ...overrides,
  });
}

/** GET /api/v1/session answering with this session. */
export function sessionHandler(session: Session) {
  return http.get('*/api/v1/session', () => HttpResponse.json(session));
}
