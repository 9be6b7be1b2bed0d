import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../shared/schemas/audit.ts';
import { AppDetailSchema } from '../../shared/schemas/catalog.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import { ConsentSchema } from '../../shared/schemas/launch.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

// Issue 11 item 2: "Mijn apps" must say that an app was suspended (and why) or is no longer
// offered, instead of asking the resident to consent again.

let server: TestServer;
let fatima: ApiClient;
let jan: ApiClient;
let adminUtrecht: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  [fatima, jan, adminUtrecht] = await Promise.all([
    signedIn(server.url, 'resident-fatima'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'admin-utrecht'),
  ]);
});
afterAll(() => server.close());

async function myApps() {
  const response = await fatima.get('/api/v1/me/consents');
  expect(response.status).toBe(200);
  return ConsentSchema.array().parse(await response.json());
}

describe('GET /api/v1/me/consents availability', () => {
  it('says an app is available, suspended with the reason, or no longer offered', async () => {
    for (const slug of ['budgetcoach', 'brievenhulp', 'taalmaatje']) {
      const app = AppDetailSchema.parse(await (await fetch(`${server.url}/api/v1/apps/${slug}`)).json());
      const claims = app.claims.map((c) => c.claim);
      expect((await fatima.put(`/api/v1/me/consents/${slug}`, { claims })).status).toBe(200);
    }
    const reason = 'De app stuurde gegevens naar een andere partij. We zoeken dit uit.';
    expect((await jan.post('/api/v1/apps/brievenhulp/suspension', { reason })).status).toBe(204);
    expect((await adminUtrecht.delete('/api/v1/municipalities/GM0344/apps/taalmaatje')).status).toBe(204);

    const bySlug = Object.fromEntries((await myApps()).map((c) => [c.slug, c]));

    expect(bySlug.budgetcoach?.availability).toEqual({ state: 'available' });
    expect(bySlug.brievenhulp?.availability).toMatchObject({ state: 'suspended', reason });
    expect(bySlug.brievenhulp?.availability?.since).toBeTruthy();
    expect(bySlug.taalmaatje?.availability).toEqual({ state: 'not-offered' });
  });

  it("names the app in the municipality's log (issue 11 item 12)", async () => {
    const response = await adminUtrecht.get('/api/v1/audit?subject=GM0344&pageSize=10');
    expect(response.status).toBe(200);
    const events = pageOf(AuditEventSchema).parse(await response.json()).items;

    expect(events.find((e) => e.action === 'municipality.stopped-offering-app')?.details).toEqual({
      slug: 'taalmaatje',
      name: 'Taalmaatje',
    });
  });
});
