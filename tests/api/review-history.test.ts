import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewHistoryPageSchema } from '../../shared/schemas/review-history.ts';
import {
  buildDecision,
  claimVersion,
  decideVersion,
  expectStatus,
  liveApp,
  submittedListing,
} from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let slug: string;
let changedSlug: string;

/** Dutch calendar day of an instant, as the history's period filter reads it. */
const dutchDay = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  [vendor, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
  // One app approved by both and then suspended by Jan; one version sent back by Lotte.
  ({ slug } = await liveApp(vendor, [jan, lotte], server.services.criteria));
  await expectStatus(await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Klacht over lek.' }), 204);
  const changed = await submittedListing(vendor);
  changedSlug = changed.listing.slug;
  await claimVersion(lotte, changed.versionId);
  await decideVersion(lotte, changed.versionId, buildDecision({ decision: 'request_changes' }));
});
afterAll(() => server.close());

async function history(client: ApiClient, query = '') {
  const response = await client.get(`/api/v1/review-decisions${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return ReviewHistoryPageSchema.parse(await response.json());
}

describe('review history', () => {
  describe('GET /api/v1/review-decisions', () => {
    it('lists every decision newest first, with app, version, reviewer and reason', async () => {
      const page = await history(jan);

      expect(page.items.map((e) => e.kind)).toEqual(['request_changes', 'suspend', 'approve', 'approve']);
      const [changes, suspension, second, first] = page.items;
      expect(changes?.reviewer.name).toMatch(/Lotte/);
      expect(changes?.app?.slug).toBe(changedSlug);
      expect(suspension).toMatchObject({ app: { slug }, version: null, reason: 'Klacht over lek.' });
      expect(second).toMatchObject({ final: true, version: { number: 1 } });
      expect(first?.final).toBe(false);
      expect(page.reviewers.map((r) => r.name).join()).toMatch(/Jan.*Lotte|Lotte.*Jan/);
    });

    it('filters by app, reviewer and kind', async () => {
      const janId = (await history(jan)).reviewers.find((r) => r.name.includes('Jan'))?.id ?? '';

      expect((await history(jan, `?app=${slug}`)).items.map((e) => e.kind)).toEqual([
        'suspend',
        'approve',
        'approve',
      ]);
      const mine = await history(jan, `?reviewer=${janId}`);
      expect(mine.items.every((e) => e.reviewer.id === janId)).toBe(true);
      expect(mine.total).toBe(2);
      expect((await history(jan, '?kind=request_changes')).items.map((e) => e.app?.slug)).toEqual([
        changedSlug,
      ]);
      expect((await history(jan, '?app=no-such-app')).total).toBe(0);
    });

    it('filters by period in Dutch calendar days, both ends included', async () => {
      const today = dutchDay(new Date());
      const yesterday = dutchDay(new Date(Date.now() - 86_400_000));

      expect((await history(jan, `?from=${today}&to=${today}`)).total).toBe(4);
      expect((await history(jan, `?to=${yesterday}`)).total).toBe(0);
      expect((await history(jan, `?from=${dutchDay(new Date(Date.now() + 86_400_000))}`)).total).toBe(0);
    });

    it('pages', async () => {
      const first = await history(jan, '?pageSize=3');
      const second = await history(jan, '?pageSize=3&page=2');

      expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(first.items).toHaveLength(3);
      expect(second.items).toHaveLength(1);
    });

    it.each([
      ['?from=2026-13-01', 'from'],
      ['?from=2026-02-30', 'from'],
      ['?from=2026-12-02&to=2026-12-01', 'to'],
      ['?kind=publish', 'kind'],
      ['?reviewer=a%20b', 'reviewer'],
      ['?pageSize=1000', 'pageSize'],
      ['?who=jan', 'who'],
    ])('answers 400 naming the field for %s', async (query, field) => {
      const problem = await expectProblem(await jan.get(`/api/v1/review-decisions${query}`), 400);

      expect(problem.errors?.map((e) => e.field)).toContain(field);
    });

    it('is for reviewers only', async () => {
      await expectProblem(await new ApiClient(server.url).get('/api/v1/review-decisions'), 401);
      await expectProblem(await vendor.get('/api/v1/review-decisions'), 403);
      const resident = await signedIn(server.url, 'resident-fatima');
      await expectProblem(await resident.get('/api/v1/review-decisions'), 403);
    });

    it('holds no resident data', async () => {
      const page = await history(jan, '?pageSize=100');

      expect(JSON.stringify(page)).not.toMatch(/resident|Fatima|consent/i);
    });
  });
});
