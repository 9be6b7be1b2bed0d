import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorListingDetailSchema } from '../../../shared/schemas/vendor.ts';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { publishApp } from '../../factories/published-app.ts';
import { signedIn } from '../../setup/api-client.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';

// Issue 9 item 3 (limits): listings per organisation, vendor writes per minute per organisation,
// launches (each stores a login hint) per resident per minute.
let server: TestServer;
let launchServer: TestServer;

beforeAll(async () => {
  // Counted in whole minutes: start well inside one, so the test never straddles two.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
  // org-samensterk and org-geldfit have 5 demo listings each.
  [server, launchServer] = await Promise.all([
    startTestServer({ LISTINGS_PER_ORGANISATION: '7', DRAFT_SAVES_PER_MINUTE: '4' }),
    startTestServer({ LAUNCHES_PER_MINUTE: '3' }),
  ]);
}, 90_000);
afterAll(async () => {
  await Promise.all([server.close(), launchServer.close()]);
});

describe('vendor write limits', () => {
  it('refuses a listing beyond the per-organisation limit, storing nothing', async () => {
    const vendor = await signedIn(server.url, 'vendor-samensterk');
    const post = () => vendor.post('/api/v1/vendor/listings', { draft: buildListingDraft() });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const before = ((await (await vendor.get('/api/v1/vendor/listings')).json()) as unknown[]).length;
    const refused = await expectProblem(await post(), 409);
    expect(refused.detail).toMatch(/7 listings/);
    expect(((await (await vendor.get('/api/v1/vendor/listings')).json()) as unknown[]).length).toBe(before);
  });

  it('answers 429 problem+json with Retry-After once an organisation saved too often this minute', async () => {
    const vendor = await signedIn(server.url, 'vendor-geldfit');
    const created = VendorListingDetailSchema.parse(
      await (await vendor.post('/api/v1/vendor/listings', { draft: buildListingDraft() })).json(),
    );
    const draft = buildListingDraft();
    const save = () => vendor.put(`/api/v1/vendor/listings/${created.id}/draft`, { draft });
    for (let i = 0; i < 3; i += 1) expect((await save()).status).toBe(200);
    const refused = await save();
    await expectProblem(refused, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another organisation has its own budget.
    const other = await signedIn(server.url, 'vendor-samensterk');
    const mine = ((await (await other.get('/api/v1/vendor/listings')).json()) as { id: string }[])[0];
    const detail = VendorListingDetailSchema.parse(
      await (await other.get(`/api/v1/vendor/listings/${mine?.id}`)).json(),
    );
    const saved = await other.put(`/api/v1/vendor/listings/${detail.id}/draft`, { draft: detail.draft });
    expect(saved.status).toBe(200);
  });

  it('limits how often a resident starts a launch, each of which stores a login hint', async () => {
    const app = await publishApp(launchServer.url);
    const resident = await signedIn(launchServer.url, 'resident-henk');
    await resident.put(`/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    for (let i = 0; i < 3; i += 1)
      expect((await resident.post(`/api/v1/apps/${app.slug}/launches`)).status).toBe(201);
    const refused = await resident.post(`/api/v1/apps/${app.slug}/launches`);
    await expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another resident is counted on their own.
    const other = await signedIn(launchServer.url, 'resident-fatima');
    await other.put(`/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    expect((await other.post(`/api/v1/apps/${app.slug}/launches`)).status).toBe(201);
  });
});
