import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppListSchema } from '../../shared/schemas/catalog.ts';
import type { OfferConditionsInput, OfferStatus } from '../../shared/schemas/offer-conditions.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { liveApp } from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let admin: ApiClient;
let amsterdam: ApiClient;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  [admin, amsterdam, vendor, jan, lotte] = await Promise.all([
    signedIn(server.url, 'admin-utrecht'),
    signedIn(server.url, 'admin-amsterdam'),
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
});
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ALL_MET: OfferConditionsInput = {
  dpia: { date: day(-30), documentUrl: 'https://utrecht.example/dpia/app.pdf' },
  processingAgreement: { signedOn: day(-20) },
  localContact: { name: 'Wijkteam Zuid', email: 'wijkteam@utrecht.example' },
  localNote: {
    nl: 'Vraag het wijkteam om hulp bij het starten.',
    en: 'Ask the neighbourhood team for help.',
  },
};

async function newApp() {
  return liveApp(vendor, [jan, lotte], server.services.criteria, buildListingDraft());
}

async function utrechtSlugs() {
  const response = await fetch(`${server.url}/api/v1/apps?municipality=GM0344&pageSize=100`);
  return AppListSchema.parse(await response.json()).items.map((a) => a.slug);
}

async function setConditions(slug: string, input: OfferConditionsInput, client = admin) {
  return client.put(`/api/v1/municipalities/GM0344/apps/${slug}/conditions`, input);
}

async function statusOf(slug: string): Promise<OfferStatus | undefined> {
  const response = await admin.get('/api/v1/municipalities/GM0344/offer-conditions');
  expect(response.status).toBe(200);
  return ((await response.json()).items as OfferStatus[]).find((s) => s.slug === slug);
}

describe('local conditions per municipality', () => {
  describe('PUT /api/v1/municipalities/{code}/apps/{slug}/conditions', () => {
    it('keeps an offer with a future go-live date from residents until that date', async () => {
      const { slug } = await newApp();
      expect((await setConditions(slug, { ...ALL_MET, goLiveDate: day(3) })).status).toBe(200);
      expect((await admin.put(`/api/v1/municipalities/GM0344/apps/${slug}`)).status).toBe(204);
      expect(await utrechtSlugs()).not.toContain(slug);
      expect(await statusOf(slug)).toMatchObject({ offered: true, visible: false, goLiveAhead: day(3) });
      await expectProblem(
        await fetch(`${server.url}/api/v1/municipalities/GM0344/apps/${slug}/local-info`),
        404,
      );
      const fatima = await signedIn(server.url, 'resident-fatima');
      await fatima.put(`/api/v1/me/consents/${slug}`, { claims: ['given_name'] });
      await expectProblem(await fatima.post(`/api/v1/apps/${slug}/launches`), 403);

      // Four days later the catalog shows it without anyone changing anything.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 4 * 86_400_000 });
      expect(await utrechtSlugs()).toContain(slug);
      const info = await (
        await fetch(`${server.url}/api/v1/municipalities/GM0344/apps/${slug}/local-info`)
      ).json();
      expect(info.note.nl).toBe('Vraag het wijkteam om hulp bij het starten.');
    });

    it('hides an offer while a required condition is missing, and tells the admin which', async () => {
      const { slug } = await newApp();
      await admin.put(`/api/v1/municipalities/GM0344/apps/${slug}`);
      expect(await utrechtSlugs()).toContain(slug);
      await setConditions(slug, { ...ALL_MET, dpia: null });
      expect(await utrechtSlugs()).not.toContain(slug);
      expect((await statusOf(slug))?.missing).toEqual(['dpia']);
      // Not required: then it does not hold the offer back.
      await setConditions(slug, {
        ...ALL_MET,
        dpia: null,
        required: { dpia: false, processingAgreement: true, localContact: false },
      });
      expect(await utrechtSlugs()).toContain(slug);
    });

    it('warns about a processing agreement that expires soon, and hides the offer once it expired', async () => {
      const { slug } = await newApp();
      await admin.put(`/api/v1/municipalities/GM0344/apps/${slug}`);
      await setConditions(slug, {
        ...ALL_MET,
        processingAgreement: { signedOn: day(-300), validUntil: day(10) },
      });
      expect((await statusOf(slug))?.expiring).toEqual([{ condition: 'processingAgreement', on: day(10) }]);
      await setConditions(slug, {
        ...ALL_MET,
        processingAgreement: { signedOn: day(-300), validUntil: day(-2) },
      });
      expect((await statusOf(slug))?.missing).toEqual(['processingAgreement']);
      expect(await utrechtSlugs()).not.toContain(slug);
    });

    it('leaves offers without conditions as they were (the seeded catalog)', async () => {
      const seeded = await utrechtSlugs();
      expect(seeded.length).toBeGreaterThan(0);
      expect((await statusOf(seeded[0] as string))?.conditions).toBeNull();
    });

    it('answers bad input with 400 naming the fields, another municipality with 403, an unknown app with 404', async () => {
      const { slug } = await newApp();
      const problem = await expectProblem(
        await setConditions(slug, {
          goLiveDate: '2026-02-30',
          dpia: { date: '2026-01-01', documentUrl: 'http://insecure.example/dpia' },
          localNote: { nl: '' },
        }),
        400,
      );
      expect(problem.errors?.map((e) => e.field).sort()).toEqual([
        'dpia.documentUrl',
        'goLiveDate',
        'localNote.nl',
      ]);
      expect(await statusOf(slug)).toBeUndefined();
      await expectProblem(await setConditions(slug, ALL_MET, amsterdam), 403);
      await expectProblem(await amsterdam.get('/api/v1/municipalities/GM0344/offer-conditions'), 403);
      await expectProblem(await setConditions('no-such-app', ALL_MET), 404);
    });
  });
});
