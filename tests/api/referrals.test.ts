import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../shared/schemas/audit.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import {
  OpenedReferralSchema,
  ReferralCreatedSchema,
  ReferralSchema,
} from '../../shared/schemas/referral.ts';
import { liveApp } from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let noor: ApiClient;
let offered: string;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  noor = await signedIn(server.url, 'professional-noor');
  const offers = await (await fetch(`${server.url}/api/v1/municipalities/GM0344/apps`)).json();
  offered = offers.offers[0];
});
afterAll(() => server.close());

async function refer(note = 'Zoals besproken: probeer deze app eens.', slug = offered, client = noor) {
  return client.post('/api/v1/referrals', { municipality: 'GM0344', slug, note });
}

const codeOf = (link: string) => link.slice(link.indexOf('#') + 1);

async function openLink(code: string, client?: ApiClient) {
  return client
    ? client.post('/api/v1/referral-openings', { code })
    : fetch(`${server.url}/api/v1/referral-openings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ code }),
      });
}

async function ownReferrals() {
  const response = await noor.get('/api/v1/referrals');
  expect(response.status).toBe(200);
  return ((await response.json()).items as unknown[]).map((r) => ReferralSchema.parse(r));
}

describe('referrals', () => {
  describe('POST /api/v1/referrals', () => {
    it('gives the professional a link with the code in its fragment, a QR code and a message to copy', async () => {
      const response = await refer();
      expect(response.status).toBe(201);
      const created = ReferralCreatedSchema.parse(await response.json());
      expect(created.link).toMatch(new RegExp(`^${server.url}/verwijzing#[A-Za-z0-9_-]{32}$`));
      expect(created.qrSvg).toMatch(/^<svg /);
      expect(created.message).toContain(created.link);
      expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(7 * 86_400_000);
      // Only the code's hash is kept.
      const stored = await (await server.store.collection('referrals')).findOne({ _id: created.id });
      expect(JSON.stringify(stored)).not.toContain(codeOf(created.link));
    });

    it('refuses anyone but a professional of that municipality, and an app it does not offer', async () => {
      const resident = await signedIn(server.url, 'resident-fatima');
      await expectProblem(await refer(undefined, undefined, resident), 403);
      const admin = await signedIn(server.url, 'admin-utrecht');
      await expectProblem(await refer(undefined, undefined, admin), 403);
      const amsterdam = await noor.post('/api/v1/referrals', {
        municipality: 'GM0363',
        slug: offered,
        note: '',
      });
      await expectProblem(amsterdam, 403);
      const vendor = await signedIn(server.url, 'vendor-samensterk');
      const { slug } = await liveApp(
        vendor,
        [await signedIn(server.url, 'reviewer-jan'), await signedIn(server.url, 'reviewer-lotte')],
        server.services.criteria,
      );
      await expectProblem(await refer(undefined, slug), 404);
    });

    it('answers bad input with 400 naming the fields', async () => {
      const response = await noor.post('/api/v1/referrals', {
        municipality: 'Utrecht',
        slug: 'Not A Slug',
        note: 'x'.repeat(501),
      });
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(['municipality', 'note', 'slug']);
    });
  });

  describe('POST /api/v1/referral-openings', () => {
    it('shows the resident the app and the note, and tells the professional only that it was opened', async () => {
      const created = ReferralCreatedSchema.parse(await (await refer('Noor: kijk hier eens naar.')).json());
      expect((await ownReferrals()).find((r) => r.id === created.id)?.opened).toBe(false);

      const henk = await signedIn(server.url, 'resident-henk');
      const response = await openLink(codeOf(created.link), henk);
      expect(response.status).toBe(200);
      expect(OpenedReferralSchema.parse(await response.json())).toEqual({
        app: { slug: offered, name: created.app.name },
        municipality: 'GM0344',
        note: 'Noor: kijk hier eens naar.',
      });
      // Henk goes on to consent and launch: none of it reaches the professional.
      await henk.put(`/api/v1/me/consents/${offered}`, { claims: [] });
      await henk.post(`/api/v1/apps/${offered}/launches`);

      const seen = (await noor.get('/api/v1/referrals').then((r) => r.text())).toString();
      expect(seen).not.toMatch(/henk|Henk|resident|launch|consent|openedAt/i);
      const mine = (await ownReferrals()).find((r) => r.id === created.id);
      expect(mine?.opened).toBe(true);
      expect(Object.keys(mine ?? {}).sort()).toEqual(
        ['app', 'createdAt', 'expiresAt', 'id', 'municipality', 'note', 'opened'].sort(),
      );
      // The referral is not in the resident's trail either, and the trail of the referral names no resident.
      const reviewer = await signedIn(server.url, 'reviewer-jan');
      const trail = pageOf(AuditEventSchema).parse(
        await (await reviewer.get(`/api/v1/audit?subject=${created.id}`)).json(),
      );
      expect(trail.items.map((e) => e.action)).toEqual(['referral.created']);
    });

    it('works without signing in, and not after the link expired or for an unknown code', async () => {
      const created = ReferralCreatedSchema.parse(await (await refer()).json());
      expect((await openLink(codeOf(created.link))).status).toBe(200);
      const collection = await server.store.collection('referrals');
      await collection.updateOne(
        { _id: created.id },
        { $set: { expiresAt: new Date(Date.now() - 1000).toISOString() } },
      );
      await expectProblem(await openLink(codeOf(created.link)), 404);
      await expectProblem(await openLink('A'.repeat(32)), 404);
      const bad = await expectProblem(await openLink('short'), 400);
      expect(bad.errors?.[0]?.field).toBe('code');
    });

    it('is rate limited per client', async () => {
      let limited = 0;
      for (let i = 0; i < 40; i += 1) if ((await openLink('B'.repeat(32))).status === 429) limited += 1;
      expect(limited).toBeGreaterThan(0);
    });
  });
});
