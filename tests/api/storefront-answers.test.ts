import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AppRequestStatusSchema, MunicipalityCatalogSchema } from '../../shared/schemas/app-request.ts';
import { AppDetailSchema, AppListSchema, CategorySchema } from '../../shared/schemas/catalog.ts';
import { PublicEvidenceAnswerSchema } from '../../shared/schemas/evidence.ts';
import { ResidentIncidentNoticesSchema } from '../../shared/schemas/incident.ts';
import { ConsentHistorySchema, ConsentSchema, LaunchResponseSchema } from '../../shared/schemas/launch.ts';
import { MunicipalitySchema } from '../../shared/schemas/municipality.ts';
import { LocalInfoSchema } from '../../shared/schemas/offer-conditions.ts';
import { DemoPersonaSchema, SessionSchema, SignInMethodsSchema } from '../../shared/schemas/session.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

// The resident's pages (catalog, municipalities, identity, launch) use these answers as their
// shared types without parsing them in the browser, to keep zod out of a phone's first load
// (docs/decisions/121). This file is where each of them is held to its schema instead: the
// answer parses, and parsing adds or changes nothing (no default or transform the browser would
// miss, as it reads the JSON as it came).

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
});
afterAll(() => server.close());

async function expectTyped(response: Response, schema: z.ZodType, status = 200) {
  const body: unknown = await response.json();
  expect({ status: response.status, body }).toMatchObject({ status });
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(body).toMatchObject(parsed.data as object);
  return body;
}

/** A demo app Utrecht offers, with the claims a consent must include. */
async function utrechtApp() {
  const list = AppListSchema.parse(
    await (await fetch(`${server.url}/api/v1/apps?municipality=GM0344&pageSize=100`)).json(),
  );
  const slug = list.items[0]?.slug;
  if (!slug) throw new Error('Utrecht offers no demo app');
  const app = AppDetailSchema.parse(await (await fetch(`${server.url}/api/v1/apps/${slug}`)).json());
  return { slug, required: app.claims.filter((c) => c.required).map((c) => c.claim) };
}

describe('answers the storefront reads as their shared types', () => {
  it('holds every public read of the home and app pages to its schema', async () => {
    const anonymous = new ApiClient(server.url);
    const { slug } = await utrechtApp();

    await expectTyped(await anonymous.get('/api/v1/session'), SessionSchema);
    await expectTyped(await anonymous.get('/api/v1/municipalities'), MunicipalitySchema.array());
    await expectTyped(await anonymous.get('/api/v1/categories'), CategorySchema.array());
    await expectTyped(await anonymous.get('/api/v1/apps?q=geld&page=1'), AppListSchema);
    await expectTyped(await anonymous.get(`/api/v1/apps/${slug}`), AppDetailSchema);
    await expectTyped(await anonymous.get(`/api/v1/apps/${slug}/evidence`), PublicEvidenceAnswerSchema);
    await expectTyped(
      await anonymous.get('/api/v1/municipalities/GM0344/catalog'),
      MunicipalityCatalogSchema,
    );
    await expectTyped(
      await anonymous.get(`/api/v1/municipalities/GM0344/apps/${slug}/local-info`),
      LocalInfoSchema,
    );
    await expectTyped(await anonymous.get('/api/v1/session/demo-personas'), DemoPersonaSchema.array());
    await expectTyped(await anonymous.get('/api/v1/session/sign-in-methods'), SignInMethodsSchema);
  });

  it("holds a resident's session, consents, launch, app requests and notices to their schemas", async () => {
    const fatima = new ApiClient(server.url);
    const { slug, required } = await utrechtApp();

    await expectTyped(
      await fatima.post('/api/v1/session/demo', { persona: 'resident-fatima' }),
      SessionSchema,
    );
    await expectTyped(await fatima.get('/api/v1/session'), SessionSchema);
    await expectTyped(await fatima.put(`/api/v1/me/consents/${slug}`, { claims: required }), ConsentSchema);
    await expectTyped(await fatima.get('/api/v1/me/consents'), ConsentSchema.array());
    await expectTyped(await fatima.get('/api/v1/me/consent-history'), ConsentHistorySchema);
    await expectTyped(await fatima.post(`/api/v1/apps/${slug}/launches`), LaunchResponseSchema, 201);
    // Asking for an app is for one her municipality does not offer (Utrecht leaves out cultuurpas).
    await expectTyped(await fatima.put('/api/v1/me/app-requests/cultuurpas'), AppRequestStatusSchema);
    await expectTyped(await fatima.get('/api/v1/me/app-requests/cultuurpas'), AppRequestStatusSchema);
    await expectTyped(await fatima.get('/api/v1/me/incident-notices'), ResidentIncidentNoticesSchema);
  });

  it('holds the session of staff acting for one municipality to its schema', async () => {
    const admin = await signedIn(server.url, 'admin-utrecht');

    await expectTyped(
      await admin.put('/api/v1/session/acting-for', { kind: 'municipality', id: 'GM0344' }),
      SessionSchema,
    );
  });
});
