import { HttpResponse, http } from 'msw';
import {
  type Consent,
  ConsentSchema,
  type LaunchResponse,
  LaunchResponseSchema,
} from '../../../../shared/schemas/launch.ts';
import { buildSession } from '../../identity/test-support/session-fixtures.ts';

/* Launch test data. Everything goes through the shared schemas, so a contract change breaks here. */

export const residentSession = (municipality = 'GM0344') =>
  buildSession([{ role: 'resident', municipality }]);

export function buildConsent(overrides: Partial<Consent> = {}): Consent {
  return ConsentSchema.parse({
    slug: 'budgetcoach',
    name: 'BudgetCoach',
    icon: '/media/budgetcoach/icon.svg',
    claims: ['given_name'],
    grantedAt: '2026-02-03T09:15:00.000Z',
    current: true,
    lastLaunch: null,
    ...overrides,
  });
}

export function buildLaunchResponse(overrides: Partial<LaunchResponse> = {}): LaunchResponse {
  return LaunchResponseSchema.parse({
    action: 'https://geldfit.example/budgetcoach/login',
    method: 'POST',
    fields: {
      iss: 'https://inwonercloud.example',
      login_hint: 'hint-single-use-123',
      target_link_uri: 'https://geldfit.example/budgetcoach/',
      client_id: 'client-budgetcoach',
    },
    expiresAt: '2030-01-01T12:02:00.000Z',
    ...overrides,
  });
}

/** GET /api/v1/me/consents answering with these consents. */
export function consentsHandler(consents: Consent[]) {
  return http.get('*/api/v1/me/consents', () => HttpResponse.json(consents));
}

/** POST /api/v1/apps/:slug/launches answering 201; `seen` collects the slugs asked for. */
export function launchHandler(response: LaunchResponse = buildLaunchResponse(), seen: string[] = []) {
  return http.post('*/api/v1/apps/:slug/launches', ({ params }) => {
    seen.push(String(params.slug));
    return HttpResponse.json(response, { status: 201 });
  });
}
