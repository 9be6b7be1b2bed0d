import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VendorListingDetailSchema } from '../../shared/schemas/vendor.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

// Issue 11: the vendor's preview (/aanbieder/{id}/voorbeeld) is built from the draft the vendor
// API answers. The server decides who sees a draft: members of the listing's organisation only.

let server: TestServer;
let listingId: string;
const draft = buildListingDraft({ name: 'Voorbeeldapp Geheim' });

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  const vendor = await signedIn(server.url, 'vendor-geldfit');
  const created = await vendor.post('/api/v1/vendor/listings', { draft });
  expect(created.status).toBe(201);
  listingId = VendorListingDetailSchema.parse(await created.json()).id;
});
afterAll(() => server.close());

describe('GET /api/v1/vendor/listings/{id} (the preview source)', () => {
  it("gives the draft to the listing's own organisation", async () => {
    const vendor = await signedIn(server.url, 'vendor-geldfit');

    const response = await vendor.get(`/api/v1/vendor/listings/${listingId}`);

    expect(response.status).toBe(200);
    expect(VendorListingDetailSchema.parse(await response.json()).draft.name).toBe('Voorbeeldapp Geheim');
  });

  it.each(['vendor-samensterk', 'resident-fatima', 'admin-utrecht'])(
    'shows %s nothing of the draft',
    async (persona) => {
      const other = await signedIn(server.url, persona);

      const response = await other.get(`/api/v1/vendor/listings/${listingId}`);

      expect([403, 404]).toContain(response.status);
      expect(await response.clone().text()).not.toContain('Voorbeeldapp Geheim');
      await expectProblem(response, response.status);
    },
  );

  it('asks someone not signed in to sign in', async () => {
    await expectProblem(await new ApiClient(server.url).get(`/api/v1/vendor/listings/${listingId}`), 401);
  });

  it('keeps a draft out of the public catalog until it is approved', async () => {
    const anonymous = new ApiClient(server.url);
    const slug = VendorListingDetailSchema.parse(
      await (
        await (await signedIn(server.url, 'vendor-geldfit')).get(`/api/v1/vendor/listings/${listingId}`)
      ).json(),
    ).slug;

    await expectProblem(await anonymous.get(`/api/v1/apps/${slug}`), 404);
    expect(await (await anonymous.get('/api/v1/apps?q=Voorbeeldapp')).text()).not.toContain(
      'Voorbeeldapp Geheim',
    );
  });
});
