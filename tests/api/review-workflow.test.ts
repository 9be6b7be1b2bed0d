import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VersionDoc } from '../../server/review/version.documents.ts';
import { AuditEventSchema } from '../../shared/schemas/audit.ts';
import { AppDetailSchema, AppListSchema } from '../../shared/schemas/catalog.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { ReviewDetailSchema, ReviewQueueItemSchema } from '../../shared/schemas/review.ts';
import {
  ClientSecretSchema,
  SubmissionCreatedSchema,
  VendorListingDetailSchema,
} from '../../shared/schemas/vendor.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { buildPerson, signInDirectly } from '../factories/person.ts';
import {
  approveAs,
  assessVersion,
  buildAssessment,
  buildDecision,
  claimVersion,
  createListing,
  decideVersion,
  liveApp,
  submitListing,
  submittedListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let thirdReviewer: ApiClient;
let adminUtrecht: ApiClient;
let criteria: Criterion[];
let required: Criterion[];
let optional: Criterion[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  required = criteria.filter((c) => c.required);
  optional = criteria.filter((c) => !c.required);
  [vendor, jan, lotte, adminUtrecht] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
    signedIn(server.url, 'admin-utrecht'),
  ]);
  // Only two demo personas are reviewers; the four-eyes limit needs a third.
  thirdReviewer = await signInDirectly(server, buildPerson([{ role: 'reviewer' }]));
});
afterAll(() => server.close());

const reviewers = (): [ApiClient, ApiClient] => [jan, lotte];

async function publicApp(slug: string) {
  return fetch(`${server.url}/api/v1/apps/${slug}`);
}

async function catalogSlugs(): Promise<string[]> {
  const response = await fetch(`${server.url}/api/v1/apps?pageSize=100`);
  return AppListSchema.parse(await response.json()).items.map((item) => item.slug);
}

async function vendorView(client: ApiClient, listingId: string) {
  const response = await client.get(`/api/v1/vendor/listings/${listingId}`);
  expect(response.status).toBe(200);
  return VendorListingDetailSchema.parse(await response.json());
}

async function reviewView(reviewer: ApiClient, versionId: string) {
  const response = await reviewer.get(`/api/v1/reviews/${versionId}`);
  expect(response.status).toBe(200);
  return ReviewDetailSchema.parse(await response.json());
}

async function storedVersion(versionId: string): Promise<VersionDoc | null> {
  return (await server.store.collection<VersionDoc>('versions')).findOne({ _id: versionId });
}

async function auditOf(subject: string) {
  const response = await jan.get(`/api/v1/audit?subject=${subject}&pageSize=100`);
  expect(response.status).toBe(200);
  return pageOf(AuditEventSchema).parse(await response.json()).items;
}

/** A version in review, claimed by Jan (and by Lotte too when `both`). */
async function versionInReview(options: { both?: boolean } = {}) {
  const submitted = await submittedListing(vendor);
  await claimVersion(jan, submitted.versionId);
  if (options.both) await claimVersion(lotte, submitted.versionId);
  return submitted;
}

/**
 * Runs `act` while the answers to reads of one collection arrive `ms` later, as over a network to
 * MongoDB: racing requests then all read before any of them writes, so a lost update shows every
 * time. The store hands the server's repositories this same collection object.
 */
async function withSlowReads<T>(name: string, ms: number, act: () => Promise<T>): Promise<T> {
  const collection = (await server.store.collection(name)) as unknown as Record<string, unknown>;
  const slow = (method: 'find' | 'findOne') => {
    const original = collection[method] as (...args: unknown[]) => Promise<unknown>;
    collection[method] = async (...args: unknown[]) => {
      const result = await original.apply(collection, args);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return result;
    };
  };
  slow('find');
  slow('findOne');
  try {
    return await act();
  } finally {
    delete collection.find;
    delete collection.findOne;
  }
}

const decisionsPath = (versionId: string) => `/api/v1/reviews/${versionId}/decisions`;

describe('review', () => {
  describe('four eyes: from draft to live', () => {
    it('publishes a listing once two different reviewers approved it, without reviewer names', async () => {
      const draft = buildListingDraft();
      const startedAt = Date.now();

      const created = await vendor.post('/api/v1/vendor/listings', { draft });
      expect(created.status).toBe(201);
      const listing = VendorListingDetailSchema.parse(await created.json());
      expect(created.headers.get('location')).toBe(`/api/v1/vendor/listings/${listing.id}`);
      expect(listing).toMatchObject({
        status: 'draft',
        organisationId: 'org-samensterk',
        latestVersion: null,
      });

      const { versionId, number } = await submitListing(vendor, listing.id);
      expect(number).toBe(1);
      expect((await vendorView(vendor, listing.id)).latestVersion).toEqual({
        id: versionId,
        number: 1,
        status: 'submitted',
      });
      const queue = ReviewQueueItemSchema.array().parse(await (await jan.get('/api/v1/reviews')).json());
      expect(queue.find((item) => item.versionId === versionId)).toMatchObject({
        status: 'submitted',
        mayReview: true,
        slug: listing.slug,
      });

      const claimedByJan = await claimVersion(jan, versionId);
      expect(claimedByJan).toMatchObject({
        status: 'in_review',
        reviewers: ['Jan Mulder'],
        reviewerIds: ['reviewer-jan'],
      });
      await assessVersion(jan, versionId, buildAssessment(criteria));
      const firstApproval = await decideVersion(jan, versionId, buildDecision({ decision: 'approve' }));
      expect(firstApproval).toMatchObject({ status: 'in_review', approvals: 1 });
      await expectProblem(await publicApp(listing.slug), 404);

      await claimVersion(lotte, versionId);
      await assessVersion(lotte, versionId, buildAssessment(criteria));
      const secondApproval = await decideVersion(lotte, versionId, buildDecision({ decision: 'approve' }));
      expect(secondApproval).toMatchObject({ status: 'approved', approvals: 2 });

      const response = await publicApp(listing.slug);
      expect(response.status).toBe(200);
      const text = await response.text();
      const app = AppDetailSchema.parse(JSON.parse(text));
      expect(app).toMatchObject({ slug: listing.slug, name: draft.name, tagline: draft.tagline });
      expect(app.vetting.version).toBe(1);
      expect(Date.parse(app.vetting.approvedAt)).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(Date.parse(app.vetting.approvedAt)).toBeLessThanOrEqual(Date.now());
      expect(app.vetting.criteria.map((c) => c.id).sort()).toEqual(criteria.map((c) => c.id).sort());
      expect(app.vetting.criteria.every((c) => c.outcome === 'pass')).toBe(true);
      for (const hidden of ['reviewer', 'Jan', 'Mulder', 'Lotte', 'de Boer', 'Gecontroleerd']) {
        expect(text).not.toContain(hidden);
      }
      expect(await catalogSlugs()).toContain(listing.slug);
      const vendorAfter = await vendorView(vendor, listing.id);
      expect(vendorAfter).toMatchObject({ status: 'live', liveVersion: 1 });
      expect(vendorAfter.versions[0]).toMatchObject({ id: versionId, status: 'approved', isLive: true });
      expect(JSON.stringify(vendorAfter)).not.toMatch(/Jan Mulder|Lotte de Boer|reviewer-/);
    });

    it('publishes optional criteria judged not applicable as such, and leaves failed optional ones out', async () => {
      const [notApplicable, failed] = optional;
      const verdicts = {
        [notApplicable?.id ?? '']: 'not_applicable' as const,
        [failed?.id ?? '']: 'fail' as const,
      };
      const { listing, versionId } = await submittedListing(vendor);
      for (const reviewer of reviewers()) {
        await claimVersion(reviewer, versionId);
        await assessVersion(reviewer, versionId, buildAssessment(criteria, verdicts));
        await decideVersion(reviewer, versionId, buildDecision({ decision: 'approve' }));
      }

      const app = AppDetailSchema.parse(await (await publicApp(listing.slug)).json());

      const outcomes = Object.fromEntries(app.vetting.criteria.map((c) => [c.id, c.outcome]));
      expect(outcomes[notApplicable?.id ?? '']).toBe('not-applicable');
      expect(outcomes).not.toHaveProperty(failed?.id ?? '');
      for (const criterion of required) expect(outcomes[criterion.id]).toBe('pass');
    });
  });

  describe('POST /api/v1/reviews/{versionId}/claim', () => {
    it('takes a submitted version into review and lets a second reviewer join', async () => {
      const { versionId } = await submittedListing(vendor);

      await claimVersion(jan, versionId);
      const joined = await claimVersion(lotte, versionId);

      expect(joined.status).toBe('in_review');
      expect(joined.reviewers).toEqual(['Jan Mulder', 'Lotte de Boer']);
    });

    it('is idempotent for a reviewer who claimed already', async () => {
      const { versionId } = await versionInReview();

      const again = await jan.post(`/api/v1/reviews/${versionId}/claim`);

      expect(again.status).toBe(200);
      expect(ReviewDetailSchema.parse(await again.json()).reviewers).toEqual(['Jan Mulder']);
    });

    it('refuses a third reviewer with 409', async () => {
      const { versionId } = await versionInReview({ both: true });

      await expectProblem(await thirdReviewer.post(`/api/v1/reviews/${versionId}/claim`), 409);

      expect((await storedVersion(versionId))?.reviewers).toEqual(['reviewer-jan', 'reviewer-lotte']);
    });

    it("refuses a reviewer from the vendor's own organisation with 403", async () => {
      const insider = await signInDirectly(
        server,
        buildPerson([{ role: 'reviewer' }, { role: 'vendor', organisationId: 'org-samensterk' }]),
      );
      const { versionId } = await submittedListing(vendor);

      await expectProblem(await insider.post(`/api/v1/reviews/${versionId}/claim`), 403);

      const queue = ReviewQueueItemSchema.array().parse(await (await insider.get('/api/v1/reviews')).json());
      expect(queue.find((item) => item.versionId === versionId)?.mayReview).toBe(false);
      expect((await storedVersion(versionId))?.status).toBe('submitted');
    });

    it('refuses to claim an approved version with 409', async () => {
      const { versionId } = await liveApp(vendor, reviewers(), criteria);

      await expectProblem(await thirdReviewer.post(`/api/v1/reviews/${versionId}/claim`), 409);
    });

    it('refuses to claim a rejected version with 409', async () => {
      const { versionId } = await versionInReview();
      await decideVersion(jan, versionId, buildDecision({ decision: 'reject' }));

      await expectProblem(await lotte.post(`/api/v1/reviews/${versionId}/claim`), 409);
    });

    it('refuses a renewed claim by a former reviewer of a decided version with 409', async () => {
      const { versionId } = await versionInReview();
      await decideVersion(jan, versionId, buildDecision({ decision: 'reject' }));

      await expectProblem(await jan.post(`/api/v1/reviews/${versionId}/claim`), 409);
    });

    it('refuses to claim a version whose vendor must make changes with 409', async () => {
      const { versionId } = await versionInReview();
      await decideVersion(jan, versionId, buildDecision({ decision: 'request_changes' }));

      await expectProblem(await lotte.post(`/api/v1/reviews/${versionId}/claim`), 409);
    });

    it('answers 404 for an unknown version', async () => {
      await expectProblem(await jan.post('/api/v1/reviews/ver-does-not-exist/claim'), 404);
    });
  });

  describe('PUT /api/v1/reviews/{versionId}/assessment', () => {
    it("keeps each reviewer's verdicts apart and merges a reviewer's later verdicts", async () => {
      const { versionId } = await versionInReview({ both: true });
      const [first, second] = required;

      await assessVersion(jan, versionId, buildAssessment([first as Criterion]));
      await assessVersion(
        jan,
        versionId,
        buildAssessment([second as Criterion], { [second?.id ?? '']: 'fail' }),
      );
      const detail = await assessVersion(lotte, versionId, buildAssessment([first as Criterion], {}));

      const byReviewer = Object.fromEntries(detail.assessments.map((a) => [a.reviewerId, a.criteria]));
      expect(Object.keys(byReviewer['reviewer-jan'] ?? {})).toEqual([first?.id, second?.id]);
      expect(byReviewer['reviewer-jan']?.[second?.id ?? '']?.verdict).toBe('fail');
      expect(Object.keys(byReviewer['reviewer-lotte'] ?? {})).toEqual([first?.id]);
    });

    it('answers 403 to a reviewer who did not claim the version', async () => {
      const { versionId } = await versionInReview();

      await expectProblem(
        await lotte.put(`/api/v1/reviews/${versionId}/assessment`, buildAssessment(criteria)),
        403,
      );

      expect((await storedVersion(versionId))?.assessments).toEqual({});
    });

    it('answers 409 on a version nobody claimed yet', async () => {
      const { versionId } = await submittedListing(vendor);

      await expectProblem(
        await jan.put(`/api/v1/reviews/${versionId}/assessment`, buildAssessment(criteria)),
        409,
      );
    });

    it('answers 400 naming an unknown criterion', async () => {
      const { versionId } = await versionInReview();

      const problem = await expectProblem(
        await jan.put(`/api/v1/reviews/${versionId}/assessment`, {
          criteria: { 'no-such-criterion': { verdict: 'pass', note: '' } },
        }),
        400,
      );

      expect(problem.errors).toEqual([expect.objectContaining({ field: 'criteria.no-such-criterion' })]);
    });
  });

  describe('POST /api/v1/reviews/{versionId}/decisions', () => {
    it('answers 409 to a decision on a version nobody claimed yet', async () => {
      const { versionId } = await submittedListing(vendor);

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'reject' })),
        409,
      );

      expect((await storedVersion(versionId))?.decisions).toEqual([]);
    });

    it('answers 403 to a reviewer who did not claim the version', async () => {
      const { versionId } = await versionInReview();

      await expectProblem(
        await lotte.post(decisionsPath(versionId), buildDecision({ decision: 'reject' })),
        403,
      );

      expect((await storedVersion(versionId))?.status).toBe('in_review');
    });

    it('refuses a second approval by the same reviewer with 409', async () => {
      const { versionId } = await versionInReview();
      await assessVersion(jan, versionId, buildAssessment(criteria));
      await decideVersion(jan, versionId, buildDecision({ decision: 'approve' }));

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'approve' })),
        409,
      );

      const stored = await storedVersion(versionId);
      expect(stored).toMatchObject({ status: 'in_review', approvals: ['reviewer-jan'] });
    });

    it('refuses approval while a required criterion failed, naming it', async () => {
      const [failed] = required;
      const { versionId } = await versionInReview();
      await assessVersion(jan, versionId, buildAssessment(criteria, { [failed?.id ?? '']: 'fail' }));

      const problem = await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'approve' })),
        409,
      );

      expect(problem.detail).toContain(failed?.id);
      expect((await storedVersion(versionId))?.approvals).toEqual([]);
    });

    it('refuses approval while a required criterion was not assessed, naming it', async () => {
      const [missing] = required;
      const { versionId } = await versionInReview();
      await assessVersion(jan, versionId, buildAssessment(criteria, { [missing?.id ?? '']: undefined }));

      const problem = await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'approve' })),
        409,
      );

      expect(problem.detail).toContain(missing?.id);
    });

    it('refuses approval when a required criterion was judged not applicable', async () => {
      const [judged] = required;
      const { versionId } = await versionInReview();
      await assessVersion(
        jan,
        versionId,
        buildAssessment(criteria, { [judged?.id ?? '']: 'not_applicable' }),
      );

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'approve' })),
        409,
      );
    });

    it("counts only the approving reviewer's own assessment", async () => {
      const { versionId } = await versionInReview({ both: true });
      await assessVersion(jan, versionId, buildAssessment(criteria));

      await expectProblem(
        await lotte.post(decisionsPath(versionId), buildDecision({ decision: 'approve' })),
        409,
      );
    });

    it('approves with only the required criteria passed', async () => {
      const { versionId } = await versionInReview();
      await assessVersion(jan, versionId, buildAssessment(required));

      const detail = await decideVersion(jan, versionId, buildDecision({ decision: 'approve' }));

      expect(detail).toMatchObject({ status: 'in_review', approvals: 1 });
    });

    it.each(['request_changes', 'reject'] as const)(
      'answers 400 naming `comment` for %s without a reason',
      async (decision) => {
        const { versionId } = await versionInReview();

        const problem = await expectProblem(
          await jan.post(decisionsPath(versionId), { decision, comment: '   ' }),
          400,
        );

        expect(problem.errors?.map((e) => e.field)).toEqual(['comment']);
        expect((await storedVersion(versionId))?.status).toBe('in_review');
      },
    );

    it('rejects with a reason the vendor can read, without the reviewer name', async () => {
      const { listing, versionId } = await versionInReview();
      const decision = buildDecision({ decision: 'reject' });

      const detail = await decideVersion(jan, versionId, decision);

      expect(detail.status).toBe('rejected');
      const seen = await vendorView(vendor, listing.id);
      expect(seen.versions[0]?.status).toBe('rejected');
      expect(seen.versions[0]?.feedback).toEqual([
        { decision: 'reject', comment: decision.comment, at: expect.any(String) },
      ]);
      expect(JSON.stringify(seen)).not.toContain('Jan Mulder');
    });

    it.each(['approve', 'request_changes', 'reject'] as const)(
      'answers 409 to %s on a rejected version',
      async (decision) => {
        const { versionId } = await versionInReview({ both: true });
        await assessVersion(lotte, versionId, buildAssessment(criteria));
        await decideVersion(jan, versionId, buildDecision({ decision: 'reject' }));

        await expectProblem(await lotte.post(decisionsPath(versionId), buildDecision({ decision })), 409);

        expect((await storedVersion(versionId))?.decisions).toHaveLength(1);
      },
    );

    it('answers 409 to a decision on a version whose vendor must make changes', async () => {
      const { versionId } = await versionInReview();
      await decideVersion(jan, versionId, buildDecision({ decision: 'request_changes' }));

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'reject' })),
        409,
      );

      expect((await storedVersion(versionId))?.status).toBe('changes_requested');
    });

    it('answers 409 to any decision on an approved version', async () => {
      const { versionId } = await liveApp(vendor, reviewers(), criteria);

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'reject' })),
        409,
      );

      expect((await storedVersion(versionId))?.status).toBe('approved');
    });

    it('answers 409 to a decision made on a stale revision', async () => {
      const { versionId } = await versionInReview();
      const { revision } = await reviewView(jan, versionId);
      await assessVersion(jan, versionId, buildAssessment(criteria));

      await expectProblem(
        await jan.post(decisionsPath(versionId), buildDecision({ decision: 'reject', revision })),
        409,
      );

      expect((await storedVersion(versionId))?.decisions).toEqual([]);
    });

    // 20 is issue 3's race; 50 is issue 5's.
    it.each([20, 50])('lets exactly one of %i simultaneous rejections win', async (parallel) => {
      const { versionId } = await versionInReview();
      const { revision } = await reviewView(jan, versionId);

      const responses = await withSlowReads('versions', 5, () =>
        Promise.all(
          Array.from({ length: parallel }, (_, i) =>
            jan.post(
              decisionsPath(versionId),
              buildDecision({ decision: 'reject', comment: `Reden ${i}`, revision }),
            ),
          ),
        ),
      );

      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(parallel - 1);
      const stored = await storedVersion(versionId);
      expect(stored?.status).toBe('rejected');
      expect(stored?.decisions).toHaveLength(1);
      expect(stored?.timeline.filter((t) => t.status === 'rejected')).toHaveLength(1);
      const events = await auditOf(versionId);
      expect(events.filter((e) => e.action === 'version.reject')).toHaveLength(1);
    });

    it('lets exactly one of twenty mixed simultaneous decisions win, and stores that one', async () => {
      const { versionId } = await versionInReview();

      const responses = await withSlowReads('versions', 5, () =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            jan.post(
              decisionsPath(versionId),
              buildDecision({ decision: i % 2 === 0 ? 'request_changes' : 'reject', comment: `Reden ${i}` }),
            ),
          ),
        ),
      );

      const winners = responses.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(19);
      const winner = ReviewDetailSchema.parse(await winners[0]?.json());
      const stored = await storedVersion(versionId);
      expect(stored?.decisions).toHaveLength(1);
      expect(stored?.status).toBe(winner.status);
      expect(stored?.decisions[0]?.comment).toBe(winner.decisions[0]?.comment);
    });
  });

  describe('POST /api/v1/vendor/listings/{id}/submissions', () => {
    it('answers 409 while the version is submitted or in review', async () => {
      const { listing, versionId } = await submittedListing(vendor);

      await expectProblem(await vendor.post(`/api/v1/vendor/listings/${listing.id}/submissions`), 409);
      await claimVersion(jan, versionId);
      await expectProblem(await vendor.post(`/api/v1/vendor/listings/${listing.id}/submissions`), 409);

      expect((await vendorView(vendor, listing.id)).versions).toHaveLength(1);
    });

    it('moves the same version back to submitted after changes were requested', async () => {
      const { listing, versionId } = await versionInReview();
      const request = buildDecision({ decision: 'request_changes' });
      await decideVersion(jan, versionId, request);

      const seen = await vendorView(vendor, listing.id);
      expect(seen.versions[0]?.status).toBe('changes_requested');
      expect(seen.versions[0]?.feedback.map((f) => f.comment)).toEqual([request.comment]);
      const changed = buildListingDraft({ name: listing.draft.name, tagline: { nl: 'Nieuw', en: 'New' } });
      expect(
        (await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: changed })).status,
      ).toBe(200);

      const response = await vendor.post(`/api/v1/vendor/listings/${listing.id}/submissions`);

      expect(response.status).toBe(201);
      expect(SubmissionCreatedSchema.parse(await response.json())).toEqual({ versionId, number: 1 });
      const detail = await reviewView(jan, versionId);
      expect(detail).toMatchObject({ status: 'submitted', reviewers: [], approvals: 0 });
      expect(detail.content.tagline).toEqual({ nl: 'Nieuw', en: 'New' });
      expect((await vendorView(vendor, listing.id)).versions.map((v) => v.status)).toEqual(['submitted']);
    });

    it('reviews a new version while the old one stays live, then replaces it', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);
      // A new privacy statement as well as a text: four eyes (decision 060).
      const newer = buildListingDraft({
        name: listing.draft.name,
        tagline: { nl: 'Versie twee', en: 'Two' },
        privacyStatementUrl: 'https://testapp.example/privacy-2',
      });
      await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: newer });

      const { versionId, number } = await submitListing(vendor, listing.id);

      expect(number).toBe(2);
      await approveAs(jan, versionId, criteria);
      const whileReviewed = AppDetailSchema.parse(await (await publicApp(slug)).json());
      expect(whileReviewed.tagline).toEqual(listing.draft.tagline);
      expect(whileReviewed.vetting.version).toBe(1);
      expect((await reviewView(lotte, versionId)).liveContent?.tagline).toEqual(listing.draft.tagline);
      await approveAs(lotte, versionId, criteria);
      const replaced = AppDetailSchema.parse(await (await publicApp(slug)).json());
      expect(replaced.tagline).toEqual({ nl: 'Versie twee', en: 'Two' });
      expect(replaced.vetting.version).toBe(2);
      expect((await vendorView(vendor, listing.id)).liveVersion).toBe(2);
    });

    it('answers 409 for a withdrawn listing', async () => {
      const listing = await createListing(vendor);
      await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`);

      await expectProblem(await vendor.post(`/api/v1/vendor/listings/${listing.id}/submissions`), 409);
    });

    it('lets exactly one of twenty simultaneous submissions create a version', async () => {
      const listing = await createListing(vendor);

      const responses = await withSlowReads('versions', 5, () =>
        Promise.all(
          Array.from({ length: 20 }, () => vendor.post(`/api/v1/vendor/listings/${listing.id}/submissions`)),
        ),
      );

      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const stored = await (await server.store.collection<VersionDoc>('versions')).find({
        listingId: listing.id,
      });
      expect(stored.map((v) => v.number)).toEqual([1]);
    });
  });

  describe('PUT /api/v1/vendor/listings/{id}/draft', () => {
    it('never changes what is live', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);
      const before = await (await publicApp(slug)).json();
      const edited = buildListingDraft({
        name: 'Heel andere naam',
        description: { nl: 'Een hele andere beschrijving.', en: 'A completely different description.' },
      });

      const response = await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: edited });

      expect(response.status).toBe(200);
      expect(VendorListingDetailSchema.parse(await response.json()).draft.name).toBe('Heel andere naam');
      expect(await (await publicApp(slug)).json()).toEqual(before);
      expect(await catalogSlugs()).toContain(slug);
    });

    it('answers 409 for a withdrawn listing', async () => {
      const listing = await createListing(vendor);
      await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`);

      await expectProblem(
        await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: buildListingDraft() }),
        409,
      );
    });
  });

  describe('POST /api/v1/vendor/listings/{id}/withdrawal', () => {
    it('takes a live app off the catalog at once', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);

      const response = await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`);

      expect(response.status).toBe(200);
      expect(VendorListingDetailSchema.parse(await response.json()).status).toBe('withdrawn');
      await expectProblem(await publicApp(slug), 404);
      expect(await catalogSlugs()).not.toContain(slug);
    });

    it('answers 409 when withdrawn already, and to a new client secret', async () => {
      const listing = await createListing(vendor);
      await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`);

      await expectProblem(await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`), 409);
      await expectProblem(await vendor.post(`/api/v1/vendor/listings/${listing.id}/client-secrets`), 409);
    });
  });

  describe('POST /api/v1/vendor/listings/{id}/client-secrets', () => {
    it('shows a new secret once and stores only its hash', async () => {
      const listing = await createListing(vendor);

      const first = await vendor.post(`/api/v1/vendor/listings/${listing.id}/client-secrets`);
      const second = await vendor.post(`/api/v1/vendor/listings/${listing.id}/client-secrets`);

      expect(first.status).toBe(201);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const one = ClientSecretSchema.parse(await first.json());
      const two = ClientSecretSchema.parse(await second.json());
      expect(one.clientId).toBe(listing.clientId);
      expect(two.clientId).toBe(listing.clientId);
      expect(two.clientSecret).not.toBe(one.clientSecret);
      expect(one.clientSecret.length).toBeGreaterThanOrEqual(32);
      const stored = await (await server.store.collection('listings')).findOne({ _id: listing.id });
      expect(stored).toHaveProperty('clientSecretHash', expect.any(String));
      const storedText = JSON.stringify(stored);
      expect(storedText).not.toContain(one.clientSecret);
      expect(storedText).not.toContain(two.clientSecret);
      const seen = await vendorView(vendor, listing.id);
      expect(seen.hasClientSecret).toBe(true);
      expect(JSON.stringify(seen)).not.toContain(two.clientSecret);
    });
  });

  describe('POST and DELETE /api/v1/apps/{slug}/suspension', () => {
    it('takes a live app off the catalog at once, with the reason, and reinstates it', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);
      const reason = 'Datalek gemeld door de leverancier.';

      const suspended = await jan.post(`/api/v1/apps/${slug}/suspension`, { reason });

      expect(suspended.status).toBe(204);
      await expectProblem(await publicApp(slug), 404);
      expect(await catalogSlugs()).not.toContain(slug);
      const list = (await (await jan.get('/api/v1/suspensions')).json()) as {
        slug: string;
        reason: string;
      }[];
      expect(list.find((s) => s.slug === slug)?.reason).toBe(reason);
      expect((await vendorView(vendor, listing.id)).suspension?.reason).toBe(reason);

      const reinstated = await lotte.delete(`/api/v1/apps/${slug}/suspension`);

      expect(reinstated.status).toBe(204);
      expect((await publicApp(slug)).status).toBe(200);
      expect(await catalogSlugs()).toContain(slug);
      expect((await vendorView(vendor, listing.id)).suspension).toBeNull();
    });

    it('answers 409 to suspending twice and to reinstating an app that is not suspended', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);
      await expectProblem(await jan.delete(`/api/v1/apps/${slug}/suspension`), 409);
      const reason = 'Onderzoek naar een klacht.';
      await jan.post(`/api/v1/apps/${slug}/suspension`, { reason });

      await expectProblem(await lotte.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Nog eens.' }), 409);

      expect((await vendorView(vendor, listing.id)).suspension?.reason).toBe(reason);
      const events = await auditOf(listing.id);
      expect(events.filter((e) => e.action === 'listing.suspended')).toHaveLength(1);
      expect(events.filter((e) => e.action === 'listing.reinstated')).toHaveLength(0);
    });

    it('lets exactly one of twenty simultaneous suspensions win', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);

      const responses = await withSlowReads('listings', 5, () =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 === 0 ? jan : lotte).post(`/api/v1/apps/${slug}/suspension`, { reason: `Reden ${i}` }),
          ),
        ),
      );

      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const events = await auditOf(listing.id);
      expect(events.filter((e) => e.action === 'listing.suspended')).toHaveLength(1);
    });

    it('answers 400 naming `reason` without a reason, and keeps the app live', async () => {
      const { slug } = await liveApp(vendor, reviewers(), criteria);

      const missing = await expectProblem(await jan.post(`/api/v1/apps/${slug}/suspension`, {}), 400);
      const blank = await expectProblem(
        await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: '  ' }),
        400,
      );

      expect(missing.errors?.map((e) => e.field)).toEqual(['reason']);
      expect(blank.errors?.map((e) => e.field)).toEqual(['reason']);
      expect((await publicApp(slug)).status).toBe(200);
    });

    it('answers 409 for a listing that never went live, and 404 for an unknown app', async () => {
      const listing = await createListing(vendor);

      await expectProblem(
        await jan.post(`/api/v1/apps/${listing.slug}/suspension`, { reason: 'Test.' }),
        409,
      );
      await expectProblem(
        await jan.post('/api/v1/apps/no-such-app-here/suspension', { reason: 'Test.' }),
        404,
      );
    });

    it('keeps a suspended app suspended when a newer version is approved', async () => {
      const { listing, slug } = await liveApp(vendor, reviewers(), criteria);
      await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Beveiligingslek.' });
      // A changed launch registration: four eyes (decision 060).
      const launch = { ...listing.draft.launch, redirectUris: ['https://testapp.example/callback-2'] };
      await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, {
        draft: { ...listing.draft, launch },
      });
      const { versionId } = await submitListing(vendor, listing.id);

      await approveAs(jan, versionId, criteria);
      await approveAs(lotte, versionId, criteria);

      await expectProblem(await publicApp(slug), 404);
      expect((await vendorView(vendor, listing.id)).status).toBe('suspended');
    });
  });

  describe('PUT and DELETE /api/v1/municipalities/{code}/apps/{slug}', () => {
    it('offers a published app to residents at once, and stops offering it', async () => {
      const { slug } = await liveApp(vendor, reviewers(), criteria);
      const offered = async () =>
        AppListSchema.parse(
          await (await fetch(`${server.url}/api/v1/apps?municipality=GM0344&pageSize=100`)).json(),
        ).items.map((i) => i.slug);

      expect((await adminUtrecht.put(`/api/v1/municipalities/GM0344/apps/${slug}`)).status).toBe(204);
      expect(await offered()).toContain(slug);
      expect(AppDetailSchema.parse(await (await publicApp(slug)).json()).offeredBy).toEqual(['GM0344']);

      expect((await adminUtrecht.delete(`/api/v1/municipalities/GM0344/apps/${slug}`)).status).toBe(204);
      expect(await offered()).not.toContain(slug);
    });

    it('answers 404 when offering an app that is not live', async () => {
      const listing = await createListing(vendor);

      await expectProblem(await adminUtrecht.put(`/api/v1/municipalities/GM0344/apps/${listing.slug}`), 404);
    });
  });

  describe('GET /api/v1/audit', () => {
    it('lists every step of a listing with who did it and why', async () => {
      const listing = await createListing(vendor);
      const { versionId } = await submitListing(vendor, listing.id);
      await claimVersion(jan, versionId);
      const changes = buildDecision({ decision: 'request_changes' });
      await decideVersion(jan, versionId, changes);
      await vendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft: buildListingDraft() });
      await submitListing(vendor, listing.id);
      await approveAs(jan, versionId, criteria);
      await approveAs(lotte, versionId, criteria);
      const reason = 'Klachten over verkeerde bedragen.';
      await lotte.post(`/api/v1/apps/${listing.slug}/suspension`, { reason });
      await jan.delete(`/api/v1/apps/${listing.slug}/suspension`);
      await vendor.post(`/api/v1/vendor/listings/${listing.id}/client-secrets`);
      await vendor.post(`/api/v1/vendor/listings/${listing.id}/withdrawal`);

      const events = await auditOf(listing.id);

      const steps = events.map((e) => `${e.action} by ${e.actor.id}`).sort();
      expect(steps).toEqual(
        [
          'listing.created by vendor-samensterk',
          'version.submitted by vendor-samensterk',
          'version.claimed by reviewer-jan',
          'version.request_changes by reviewer-jan',
          'listing.draft-updated by vendor-samensterk',
          'version.resubmitted by vendor-samensterk',
          'version.claimed by reviewer-jan',
          'version.assessed by reviewer-jan',
          'version.approve by reviewer-jan',
          'version.claimed by reviewer-lotte',
          'version.assessed by reviewer-lotte',
          'version.approve by reviewer-lotte',
          'listing.published by reviewer-lotte',
          'listing.suspended by reviewer-lotte',
          'listing.reinstated by reviewer-jan',
          'listing.client-secret-rotated by vendor-samensterk',
          'listing.withdrawn by vendor-samensterk',
        ].sort(),
      );
      const byAction = (action: string) => events.find((e) => e.action === action);
      expect(byAction('version.request_changes')?.reason).toBe(changes.comment);
      expect(byAction('listing.suspended')?.reason).toBe(reason);
      const claimers = events.filter((e) => e.action === 'version.claimed').map((e) => e.actor.name);
      expect(claimers.sort()).toEqual(['Jan Mulder', 'Jan Mulder', 'Lotte de Boer']);
      const times = events.map((e) => e.at);
      expect(times).toEqual([...times].sort().reverse());
    });
  });
});
