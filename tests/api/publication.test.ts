import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../shared/schemas/audit.ts';
import { AppDetailSchema } from '../../shared/schemas/catalog.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { VendorListingDetailSchema, VendorListingSummarySchema } from '../../shared/schemas/vendor.ts';
import {
  approveAs,
  assessVersion,
  buildAssessment,
  buildDecision,
  claimVersion,
  submitListing,
  submittedListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

// Issue 11 items 1 and 3: an approval of a catalogue app's new version ends live (or in a visible
// error), and every refused decision says why with a stable code the storefront can translate.

let server: TestServer;
let ruben: ApiClient;
let samenSterk: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let criteria: Criterion[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  [ruben, samenSterk, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-geldfit'),
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
});
afterAll(() => server.close());

async function publicApp(slug: string) {
  const response = await fetch(`${server.url}/api/v1/apps/${slug}`);
  expect(response.status).toBe(200);
  return AppDetailSchema.parse(await response.json());
}

async function auditOf(subject: string) {
  const response = await jan.get(`/api/v1/audit?subject=${subject}&pageSize=100`);
  expect(response.status).toBe(200);
  return pageOf(AuditEventSchema).parse(await response.json()).items;
}

describe('publication of an approved version', () => {
  it('numbers a new version of a seeded catalogue app after its live version and publishes it', async () => {
    const listing = VendorListingDetailSchema.parse(
      await (await ruben.get('/api/v1/vendor/listings/lst-budgetcoach')).json(),
    );
    const draft = {
      ...listing.draft,
      tagline: { nl: 'Nu ook met een sms als een rekening bijna moet.', en: 'Now with a text message.' },
    };
    expect((await ruben.put('/api/v1/vendor/listings/lst-budgetcoach/draft', { draft })).status).toBe(200);

    const { versionId, number } = await submitListing(ruben, 'lst-budgetcoach');
    expect(number).toBe(2);
    // A change of texts only needs one reviewer (issue 12, catalog/criteria.json reReview rules).
    await approveAs(jan, versionId, criteria);

    const app = await publicApp('budgetcoach');
    expect(app.tagline.nl).toBe('Nu ook met een sms als een rekening bijna moet.');
    expect(app.vetting.version).toBe(2);
    const events = await auditOf('lst-budgetcoach');
    expect(events.find((e) => e.action === 'listing.published')?.details).toMatchObject({ number: 2 });
  });

  it('answers a visible error, not a silent approval, when the approved version cannot go live', async () => {
    const { listing, versionId } = await submittedListing(samenSterk);
    await approveAs(jan, versionId, criteria);
    // A newer version went live meanwhile (a repair by hand, another instance): this one cannot.
    const listings = await server.store.collection('listings');
    await listings.updateOne(
      { _id: listing.id },
      {
        $set: {
          live: {
            versionId: 'ver-elsewhere',
            number: 9,
            content: listing.draft,
            approvedAt: '2026-01-01T00:00:00.000Z',
            assessment: [],
          },
        },
      },
    );
    await claimVersion(lotte, versionId);
    await assessVersion(lotte, versionId, buildAssessment(criteria));

    const problem = await expectProblem(
      await lotte.post(`/api/v1/reviews/${versionId}/decisions`, buildDecision({ decision: 'approve' })),
      409,
    );

    expect(problem.code).toBe('publication-failed');
    expect((await auditOf(listing.id)).map((e) => e.action)).toContain('listing.publication-failed');
  });
});

describe('refused review decisions carry a stable code', () => {
  const decide = (reviewer: ApiClient, versionId: string, decision = buildDecision()) =>
    reviewer.post(`/api/v1/reviews/${versionId}/decisions`, decision);

  it('names the required criteria that did not pass', async () => {
    const [first, second] = criteria.filter((c) => c.required);
    const { versionId } = await submittedListing(samenSterk);
    await claimVersion(jan, versionId);
    await assessVersion(jan, versionId, buildAssessment(criteria, { [first?.id ?? '']: 'fail' }));

    const problem = await expectProblem(await decide(jan, versionId), 409);

    expect(problem.code).toBe('required-criteria-not-passed');
    expect(problem.errors?.map((e) => e.field)).toEqual([`criteria.${first?.id}`]);
    expect(problem.errors?.map((e) => e.field)).not.toContain(`criteria.${second?.id}`);
  });

  it('says when the reviewer approved already', async () => {
    const { versionId } = await submittedListing(samenSterk);
    await approveAs(jan, versionId, criteria);

    expect((await expectProblem(await decide(jan, versionId), 409)).code).toBe('already-approved');
  });

  it('says the version must be claimed first, and when it is no longer in review', async () => {
    const { versionId } = await submittedListing(samenSterk);
    expect((await expectProblem(await decide(jan, versionId), 409)).code).toBe('not-in-review');
    await claimVersion(jan, versionId);
    expect((await expectProblem(await decide(lotte, versionId), 403)).code).toBe('claim-first');
  });
});

describe('the vendor view of a seeded live app', () => {
  it('shows its live version as the latest, approved and live, not "not submitted yet"', async () => {
    const list = VendorListingSummarySchema.array().parse(
      await (await ruben.get('/api/v1/vendor/listings')).json(),
    );
    expect(list.find((l) => l.id === 'lst-schuldhulp-aanmelder')).toMatchObject({
      status: 'live',
      liveVersion: 1,
      latestVersion: { number: 1, status: 'approved' },
    });

    const detail = VendorListingDetailSchema.parse(
      await (await ruben.get('/api/v1/vendor/listings/lst-schuldhulp-aanmelder')).json(),
    );
    expect(detail.versions).toEqual([
      expect.objectContaining({ number: 1, status: 'approved', isLive: true }),
    ]);
  });
});
