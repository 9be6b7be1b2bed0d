import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { ListingDraftInput } from '../../shared/schemas/listing.ts';
import {
  type AssessmentInput,
  type DecisionInput,
  ReviewDetailSchema,
  type Verdict,
} from '../../shared/schemas/review.ts';
import { SubmissionCreatedSchema, VendorListingDetailSchema } from '../../shared/schemas/vendor.ts';
import type { ApiClient } from '../setup/api-client.ts';
import { buildListingDraft } from './listing-draft.ts';

/** An assessment giving every criterion `pass` (with a note), unless a verdict is overridden. */
export function buildAssessment(
  criteria: Criterion[],
  verdicts: Record<string, Verdict | undefined> = {},
): AssessmentInput {
  const entries = criteria.flatMap((criterion) => {
    const verdict = criterion.id in verdicts ? verdicts[criterion.id] : 'pass';
    return verdict ? [[criterion.id, { verdict, note: `Gecontroleerd: ${criterion.id}` }] as const] : [];
  });
  return { criteria: Object.fromEntries(entries) };
}

/** A decision with a reason, as reviewers write them. */
export function buildDecision(overrides: Partial<DecisionInput> = {}): DecisionInput {
  const decision = overrides.decision ?? 'approve';
  const comment =
    decision === 'approve'
      ? 'Alle criteria zijn gecontroleerd.'
      : decision === 'reject'
        ? 'De app verwerkt meer gegevens dan nodig.'
        : 'Vul de toegankelijkheidsverklaring aan.';
  return { decision, comment, ...overrides };
}

/** Throws with the server's answer when a setup step does not get the status it needs. */
export async function expectStatus(response: Response, status: number): Promise<Response> {
  if (response.status !== status) {
    throw new Error(
      `${response.url}: expected ${status}, got ${response.status}: ${await response.clone().text()}`,
    );
  }
  return response;
}

/* The workflow steps tests arrange with; each goes over the real API. */

export async function createListing(vendor: ApiClient, draft: ListingDraftInput = buildListingDraft()) {
  const response = await expectStatus(await vendor.post('/api/v1/vendor/listings', { draft }), 201);
  return VendorListingDetailSchema.parse(await response.json());
}

export async function submitListing(vendor: ApiClient, listingId: string) {
  const response = await expectStatus(
    await vendor.post(`/api/v1/vendor/listings/${listingId}/submissions`),
    201,
  );
  return SubmissionCreatedSchema.parse(await response.json());
}

export async function claimVersion(reviewer: ApiClient, versionId: string) {
  const response = await expectStatus(await reviewer.post(`/api/v1/reviews/${versionId}/claim`), 200);
  return ReviewDetailSchema.parse(await response.json());
}

export async function assessVersion(reviewer: ApiClient, versionId: string, assessment: AssessmentInput) {
  const response = await expectStatus(
    await reviewer.put(`/api/v1/reviews/${versionId}/assessment`, assessment),
    200,
  );
  return ReviewDetailSchema.parse(await response.json());
}

export async function decideVersion(reviewer: ApiClient, versionId: string, decision: DecisionInput) {
  const response = await expectStatus(
    await reviewer.post(`/api/v1/reviews/${versionId}/decisions`, decision),
    200,
  );
  return ReviewDetailSchema.parse(await response.json());
}

/** Claims, passes every criterion and approves: one of the four eyes. */
export async function approveAs(reviewer: ApiClient, versionId: string, criteria: Criterion[]) {
  await claimVersion(reviewer, versionId);
  await assessVersion(reviewer, versionId, buildAssessment(criteria));
  return decideVersion(reviewer, versionId, buildDecision({ decision: 'approve' }));
}

/** A listing created and submitted, not yet claimed. */
export async function submittedListing(vendor: ApiClient, draft: ListingDraftInput = buildListingDraft()) {
  const listing = await createListing(vendor, draft);
  const { versionId } = await submitListing(vendor, listing.id);
  return { listing, versionId };
}

/** A listing approved by two different reviewers, so it is live in the catalog. */
export async function liveApp(
  vendor: ApiClient,
  reviewers: [ApiClient, ApiClient],
  criteria: Criterion[],
  draft: ListingDraftInput = buildListingDraft(),
) {
  const { listing, versionId } = await submittedListing(vendor, draft);
  await approveAs(reviewers[0], versionId, criteria);
  await approveAs(reviewers[1], versionId, criteria);
  return { listing, versionId, slug: listing.slug };
}
