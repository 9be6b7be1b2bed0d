import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectionDoc } from '../../server/objections/objection.documents.ts';
import type { DecisionDoc } from '../../server/register/decision.documents.ts';
import { AuditEventSchema } from '../../shared/schemas/audit.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { type Objection, ObjectionSchema } from '../../shared/schemas/objection.ts';
import { DecisionListSchema } from '../../shared/schemas/register.ts';
import { buildPerson, signInDirectly } from '../factories/person.ts';
import {
  approveAs,
  assessVersion,
  buildAssessment,
  claimVersion,
  decideVersion,
  liveApp,
  submittedListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let otherVendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let third: ApiClient;
let fourth: ApiClient;
let platformAdmin: ApiClient;
let criteria: Criterion[];

const GROUNDS = 'De beoordelaars hebben onze DPIA niet gezien; die is bijgevoegd.';

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  [vendor, otherVendor, jan, lotte, platformAdmin] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'vendor-geldfit'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
    signedIn(server.url, 'platform-admin'),
  ]);
  third = await signInDirectly(server, buildPerson([{ role: 'reviewer' }]));
  fourth = await signInDirectly(server, buildPerson([{ role: 'reviewer' }]));
});
afterAll(() => server.close());

async function decisionsOf(slug: string) {
  return DecisionListSchema.parse(await (await fetch(`${server.url}/api/v1/decisions?app=${slug}`)).json())
    .items;
}

/** Jan alone rejects a new listing; returns the rejection's decision id. */
async function rejected() {
  const { listing, versionId } = await submittedListing(vendor);
  await claimVersion(jan, versionId);
  await assessVersion(jan, versionId, buildAssessment(criteria));
  await decideVersion(jan, versionId, { decision: 'reject', comment: 'Niet goed genoeg.' });
  const [decision] = await decisionsOf(listing.slug);
  return { listing, versionId, decisionId: decision?.id as string };
}

async function object(decisionId: string, client = vendor) {
  return client.post(`/api/v1/decisions/${decisionId}/objections`, {
    grounds: GROUNDS,
    documents: [{ title: 'DPIA', url: 'https://samensterk.example/dpia.pdf' }],
  });
}

async function filed(decisionId: string): Promise<Objection> {
  const response = await object(decisionId);
  expect(response.status).toBe(201);
  return ObjectionSchema.parse(await response.json());
}

async function vote(client: ApiClient, id: string, outcome: 'upheld' | 'not-upheld') {
  const response = await client.post(`/api/v1/objections/${id}/votes`, {
    outcome,
    publicReason: {
      nl: `Het bezwaar is ${outcome === 'upheld' ? 'gegrond' : 'ongegrond'}: we keken opnieuw.`,
    },
  });
  expect(response.status).toBe(200);
  return ObjectionSchema.parse(await response.json());
}

async function claim(client: ApiClient, id: string) {
  return client.post(`/api/v1/objections/${id}/claim`);
}

async function auditActions(subject: string) {
  const response = await jan.get(`/api/v1/audit?subject=${subject}&pageSize=100`);
  return pageOf(AuditEventSchema)
    .parse(await response.json())
    .items.map((e) => e.action);
}

describe('objections', () => {
  describe('POST /api/v1/decisions/{decisionId}/objections', () => {
    it('lets the vendor object once to a rejection, with a decision term of six weeks', async () => {
      const { decisionId } = await rejected();
      const objection = await filed(decisionId);
      expect(objection.status).toBe('open');
      expect(Date.parse(objection.decisionDue) - Date.parse(objection.receivedAt)).toBe(42 * 86_400_000);
      await expectProblem(await object(decisionId), 409);
    });

    it('refuses another organisation, an approval and a decision past its six weeks', async () => {
      const { decisionId } = await rejected();
      await expectProblem(await object(decisionId, otherVendor), 403);
      const { slug } = await liveApp(vendor, [jan, lotte], criteria);
      const [approval] = await decisionsOf(slug);
      await expectProblem(await object(approval?.id as string), 409);
      const late = await rejected();
      const collection = await server.store.collection<DecisionDoc>('decisions');
      await collection.updateOne(
        { _id: late.decisionId },
        { $set: { objectionDeadline: new Date(Date.now() - 1000).toISOString() } },
      );
      await expectProblem(await object(late.decisionId), 409);
    });

    it('answers bad input with 400 naming the fields, and stores nothing', async () => {
      const { decisionId } = await rejected();
      const response = await vendor.post(`/api/v1/decisions/${decisionId}/objections`, {
        grounds: 'te kort',
        documents: [{ title: 'x', url: 'http://insecure.example/doc' }],
        extra: true,
      });
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(['documents.0.url', 'extra', 'grounds']);
      expect(
        (await (await vendor.get('/api/v1/objections')).json()).items.some(
          (o: Objection) => o.decisionId === decisionId,
        ),
      ).toBe(false);
    });
  });

  describe('handling', () => {
    it('keeps the reviewers who took the decision off it, and takes two handlers at most', async () => {
      const { decisionId } = await rejected();
      const objection = await filed(decisionId);
      await expectProblem(await claim(jan, objection.id), 403);
      await expectProblem(await claim(vendor, objection.id), 403);
      expect((await claim(lotte, objection.id)).status).toBe(200);
      expect((await claim(third, objection.id)).status).toBe(200);
      await expectProblem(await claim(fourth, objection.id), 409);
    });

    it('upheld against a rejection: public outcome, version back in review with the handlers, live after their approvals', async () => {
      const { listing, versionId, decisionId } = await rejected();
      const objection = await filed(decisionId);
      await claim(lotte, objection.id);
      await claim(third, objection.id);
      expect((await vote(lotte, objection.id, 'upheld')).status).toBe('open');
      // Two handlers who disagree decide nothing; a changed vote that agrees does.
      expect((await vote(third, objection.id, 'not-upheld')).status).toBe('open');
      const decided = await vote(third, objection.id, 'upheld');
      expect(decided.status).toBe('decided');
      expect(decided.outcome).toBe('upheld');

      const review = await (await lotte.get(`/api/v1/reviews/${versionId}`)).json();
      expect(review.status).toBe('in_review');
      await approveAs(lotte, versionId, criteria);
      await approveAs(third, versionId, criteria);
      expect((await fetch(`${server.url}/api/v1/apps/${listing.slug}`)).status).toBe(200);

      const register = await decisionsOf(listing.slug);
      expect(register.map((d) => d.kind)).toEqual(['approval', 'objection-upheld', 'rejection']);
      const [approval, upheld, rejection] = register;
      expect(upheld?.relatedDecisionId).toBe(rejection?.id);
      expect(rejection?.relatedDecisionId).toBe(upheld?.id);
      expect(approval?.relatedDecisionId).toBe(upheld?.id);
      expect(upheld?.reason.nl).toMatch(/gegrond/);

      expect(await auditActions(objection.id)).toEqual(
        expect.arrayContaining([
          'objection.filed',
          'objection.claimed',
          'objection.voted',
          'objection.decided',
          'version.reopened',
        ]),
      );
    });

    it('upheld against a suspension reinstates the app; not upheld leaves it suspended', async () => {
      for (const outcome of ['upheld', 'not-upheld'] as const) {
        const { slug } = await liveApp(vendor, [lotte, third], criteria);
        expect(
          (await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Melding van misbruik' })).status,
        ).toBe(204);
        const [suspension] = await decisionsOf(slug);
        const objection = await filed(suspension?.id as string);
        await claim(lotte, objection.id);
        await claim(third, objection.id);
        await vote(lotte, objection.id, outcome);
        await vote(third, objection.id, outcome);
        const status = (await fetch(`${server.url}/api/v1/apps/${slug}`)).status;
        expect(status).toBe(outcome === 'upheld' ? 200 : 404);
        const kinds = (await decisionsOf(slug)).map((d) => d.kind);
        expect(kinds.slice(0, outcome === 'upheld' ? 2 : 1)).toEqual(
          outcome === 'upheld' ? ['reinstatement', 'objection-upheld'] : ['objection-not-upheld'],
        );
      }
    });

    it('extends the decision term once by six weeks, with a reason', async () => {
      const objection = await filed((await rejected()).decisionId);
      await claim(lotte, objection.id);
      const short = await lotte.post(`/api/v1/objections/${objection.id}/extension`, { reason: 'kort' });
      expect((await expectProblem(short, 400)).errors?.[0]?.field).toBe('reason');
      await expectProblem(
        await third.post(`/api/v1/objections/${objection.id}/extension`, {
          reason: 'Niet mijn bezwaar hoor',
        }),
        403,
      );
      const extended = await lotte.post(`/api/v1/objections/${objection.id}/extension`, {
        reason: 'We wachten op advies van de functionaris gegevensbescherming.',
      });
      const after = ObjectionSchema.parse(await extended.json());
      expect(Date.parse(after.decisionDue) - Date.parse(objection.decisionDue)).toBe(42 * 86_400_000);
      await expectProblem(
        await platformAdmin.post(`/api/v1/objections/${objection.id}/extension`, {
          reason: 'Nog een keer verlengen',
        }),
        409,
      );
    });
  });

  describe('GET /api/v1/objections', () => {
    it('shows platform admins the overdue ones, and vendors only their own', async () => {
      const objection = await filed((await rejected()).decisionId);
      const fresh = await filed((await rejected()).decisionId);
      const collection = await server.store.collection<ObjectionDoc>('objections');
      await collection.updateOne(
        { _id: objection.id },
        { $set: { decisionDue: new Date(Date.now() - 60_000).toISOString() } },
      );
      const overdue = (await (await platformAdmin.get('/api/v1/objections?overdue=true')).json())
        .items as Objection[];
      expect(overdue.map((o) => o.id)).toContain(objection.id);
      expect(overdue.map((o) => o.id)).not.toContain(fresh.id);
      expect(overdue.every((o) => o.overdue)).toBe(true);
      await expectProblem(await vendor.get('/api/v1/objections?overdue=true'), 403);
      expect(await (await otherVendor.get('/api/v1/objections')).json()).toEqual({ items: [] });
      await expectProblem(await otherVendor.get(`/api/v1/objections/${objection.id}`), 404);
      const resident = await signedIn(server.url, 'resident-fatima');
      await expectProblem(await resident.get('/api/v1/objections'), 403);
    });
  });
});
