import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppRequestCountsSchema,
  AppRequestStatusSchema,
  MunicipalityCatalogSchema,
} from '../../shared/schemas/app-request.ts';
import { AppListSchema } from '../../shared/schemas/catalog.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

// Issue 11: residents ask their municipality to offer an app; admins see counts, never who.
// Utrecht (GM0344) offers 25 of the 27 demo apps: not klushulp-buurt and not cultuurpas.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
});
afterAll(() => server.close());

async function countsFor(code: string, persona = 'admin-utrecht') {
  const admin = await signedIn(server.url, persona);
  const response = await admin.get(`/api/v1/municipalities/${code}/app-requests`);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, counts: AppRequestCountsSchema.parse(JSON.parse(text)) };
}

function residentsAsking(counts: { items: { slug: string; residents: number }[] }, slug: string) {
  return counts.items.find((item) => item.slug === slug)?.residents ?? 0;
}

async function storedRequests(): Promise<Record<string, unknown>[]> {
  const collection = await server.store.collection<{ _id: string }>('app_requests');
  return collection.find({});
}

describe('app requests', () => {
  describe('PUT /api/v1/me/app-requests/{slug}', () => {
    it('counts each resident once per app, and tells the admins how many asked but not who', async () => {
      const fatima = await signedIn(server.url, 'resident-fatima');
      const henk = await signedIn(server.url, 'resident-henk');

      const first = await fatima.put('/api/v1/me/app-requests/klushulp-buurt');
      const again = await fatima.put('/api/v1/me/app-requests/klushulp-buurt');
      await henk.put('/api/v1/me/app-requests/klushulp-buurt');

      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(AppRequestStatusSchema.parse(await first.json())).toEqual({
        slug: 'klushulp-buurt',
        municipality: 'GM0344',
        requested: true,
        offered: false,
      });
      expect(again.status).toBe(200);
      const { text, counts } = await countsFor('GM0344');
      expect(residentsAsking(counts, 'klushulp-buurt')).toBe(2);
      expect(text).not.toMatch(/fatima|henk|resident-/i);
      const stored = JSON.stringify(await storedRequests());
      expect(stored).not.toMatch(/fatima|henk|resident-/i);
    });

    it('shows the resident their own request and lets them withdraw it', async () => {
      const sanne = await signedIn(server.url, 'resident-sanne');
      const before = AppRequestStatusSchema.parse(
        await (await sanne.get('/api/v1/me/app-requests/sportpas')).json(),
      );
      await sanne.put('/api/v1/me/app-requests/sportpas');
      const asked = AppRequestStatusSchema.parse(
        await (await sanne.get('/api/v1/me/app-requests/sportpas')).json(),
      );
      expect(residentsAsking((await countsFor('GM0363', 'admin-amsterdam')).counts, 'sportpas')).toBe(1);

      const withdrawn = await sanne.delete('/api/v1/me/app-requests/sportpas');
      const twice = await sanne.delete('/api/v1/me/app-requests/sportpas');

      expect(before.requested).toBe(false);
      expect(asked).toMatchObject({ requested: true, municipality: 'GM0363' });
      expect(withdrawn.status).toBe(204);
      expect(twice.status).toBe(204);
      const after = AppRequestStatusSchema.parse(
        await (await sanne.get('/api/v1/me/app-requests/sportpas')).json(),
      );
      expect(after.requested).toBe(false);
      expect(residentsAsking((await countsFor('GM0363', 'admin-amsterdam')).counts, 'sportpas')).toBe(0);
    });

    it('stores nothing for someone who is not signed in', async () => {
      const before = (await storedRequests()).length;
      const anonymous = new ApiClient(server.url);

      await expectProblem(await anonymous.put('/api/v1/me/app-requests/cultuurpas'), 401);
      await expectProblem(await anonymous.get('/api/v1/me/app-requests/cultuurpas'), 401);

      expect((await storedRequests()).length).toBe(before);
    });

    it('refuses an app the municipality offers already, an unknown app and a non-resident, storing nothing', async () => {
      const before = (await storedRequests()).length;
      const fatima = await signedIn(server.url, 'resident-fatima');
      const vendor = await signedIn(server.url, 'vendor-geldfit');

      await expectProblem(await fatima.put('/api/v1/me/app-requests/budgetcoach'), 409);
      await expectProblem(await fatima.put('/api/v1/me/app-requests/bestaat-niet'), 404);
      await expectProblem(await vendor.put('/api/v1/me/app-requests/cultuurpas'), 403);
      await expectProblem(await vendor.get('/api/v1/me/app-requests/cultuurpas'), 403);

      expect((await storedRequests()).length).toBe(before);
    });

    it('answers bad input with a 400 naming the field', async () => {
      const fatima = await signedIn(server.url, 'resident-fatima');
      const admin = await signedIn(server.url, 'admin-utrecht');

      const badSlug = await expectProblem(await fatima.put('/api/v1/me/app-requests/Not_A_Slug'), 400);
      const longSlug = await expectProblem(
        await fatima.put(`/api/v1/me/app-requests/${'a'.repeat(61)}`),
        400,
      );
      const withBody = await expectProblem(
        await fatima.put('/api/v1/me/app-requests/cultuurpas', { x: 1 }),
        400,
      );
      const badCode = await expectProblem(
        await admin.get('/api/v1/municipalities/utrecht/app-requests'),
        400,
      );

      expect(badSlug.errors?.map((e) => e.field)).toEqual(['slug']);
      expect(longSlug.errors?.map((e) => e.field)).toEqual(['slug']);
      expect(withBody.errors?.map((e) => e.field)).toEqual(['(root)']);
      expect(badCode.errors?.map((e) => e.field)).toEqual(['code']);
    });
  });

  describe('GET /api/v1/municipalities/{code}/app-requests', () => {
    it("is for that municipality's administrators only", async () => {
      const amsterdam = await signedIn(server.url, 'admin-amsterdam');
      const fatima = await signedIn(server.url, 'resident-fatima');
      const reviewer = await signedIn(server.url, 'reviewer-jan');

      await expectProblem(await amsterdam.get('/api/v1/municipalities/GM0344/app-requests'), 403);
      await expectProblem(await fatima.get('/api/v1/municipalities/GM0344/app-requests'), 403);
      await expectProblem(await reviewer.get('/api/v1/municipalities/GM0344/app-requests'), 403);
      await expectProblem(
        await new ApiClient(server.url).get('/api/v1/municipalities/GM0344/app-requests'),
        401,
      );
    });

    it('forgets the requests once the municipality offers the app', async () => {
      const fatima = await signedIn(server.url, 'resident-fatima');
      const admin = await signedIn(server.url, 'admin-utrecht');
      await fatima.put('/api/v1/me/app-requests/cultuurpas');
      expect(residentsAsking((await countsFor('GM0344')).counts, 'cultuurpas')).toBe(1);

      expect((await admin.put('/api/v1/municipalities/GM0344/apps/cultuurpas')).status).toBe(204);
      const whileOffered = AppRequestStatusSchema.parse(
        await (await fatima.get('/api/v1/me/app-requests/cultuurpas')).json(),
      );
      expect((await admin.delete('/api/v1/municipalities/GM0344/apps/cultuurpas')).status).toBe(204);

      expect(whileOffered).toMatchObject({ offered: true, requested: false });
      expect(residentsAsking((await countsFor('GM0344')).counts, 'cultuurpas')).toBe(0);
      const stored = await storedRequests();
      expect(stored.filter((doc) => doc.slug === 'cultuurpas' && doc.municipality === 'GM0344')).toEqual([]);
    });
  });
});

describe('what a resident sees of their own municipality', () => {
  it('GET /api/v1/municipalities/{code}/catalog lists the apps the filter shows, publicly', async () => {
    const anonymous = new ApiClient(server.url);

    const catalog = MunicipalityCatalogSchema.parse(
      await (await anonymous.get('/api/v1/municipalities/GM0344/catalog')).json(),
    );
    const filtered = AppListSchema.parse(
      await (await anonymous.get('/api/v1/apps?municipality=GM0344&pageSize=100')).json(),
    );

    // 25 offered, less any seed app that is suspended: the set residents can open now.
    expect(catalog.slugs.length).toBeGreaterThan(20);
    expect(catalog.slugs).toHaveLength(filtered.total);
    expect(catalog.slugs).not.toContain('klushulp-buurt');
    expect(filtered.items.map((app) => app.slug)).toEqual(catalog.slugs);
    await expectProblem(await anonymous.get('/api/v1/municipalities/GM9999/catalog'), 404);
    const bad = await expectProblem(await anonymous.get('/api/v1/municipalities/0344/catalog'), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['code']);
  });

  it('filters the list by municipality with the same bytes for everyone, so the fast lane and caches hold', async () => {
    const anonymous = new ApiClient(server.url);
    const fatima = await signedIn(server.url, 'resident-fatima');
    const path = '/api/v1/apps?municipality=GM0344&q=geld';

    const first = await anonymous.get(path);
    const signedInAnswer = await fatima.get(path);
    const revalidated = await fatima.get(path, { 'if-none-match': first.headers.get('etag') ?? '' });

    expect(first.status).toBe(200);
    expect(await signedInAnswer.text()).toBe(await first.text());
    expect(signedInAnswer.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(signedInAnswer.headers.get('cache-control')).toBe('no-cache');
    expect(revalidated.status).toBe(304);
    const bad = await expectProblem(await anonymous.get('/api/v1/apps?municipality=Utrecht'), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['municipality']);
  });
});
