import type { Criterion } from '../../shared/schemas/criteria.ts';
import { type LiveVersion, storedDraft } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import { planReReview, type ReReviewPlan } from './re-review.ts';
import type { VersionDoc } from './version.documents.ts';
import type { VersionRepository } from './version.repository.ts';

/**
 * The public vetting result: a criterion passed when every approving reviewer passed it. A
 * criterion the re-review carried over keeps its live outcome and date, unless an approver gave
 * it a fresh verdict (decision 060).
 */
export function vettingOutcome(
  version: VersionDoc,
  criteria: Criterion[],
  approvedAt?: string,
  plan?: ReReviewPlan,
): LiveVersion['assessment'] {
  return criteria.flatMap((criterion): LiveVersion['assessment'] => {
    const all = version.approvals.map((r) => version.assessments[r]?.criteria[criterion.id]?.verdict);
    const carried = plan?.criteria.find((c) => c.criterionId === criterion.id && c.status === 'carried');
    if (carried?.outcome && all.every((v) => v === undefined)) {
      return [
        { criterionId: criterion.id, outcome: carried.outcome, assessedAt: carried.assessedAt ?? undefined },
      ];
    }
    const verdicts = carried ? all.filter((v) => v !== undefined) : all;
    const at = approvedAt ? { assessedAt: approvedAt } : {};
    if (verdicts.length > 0 && verdicts.every((v) => v === 'pass')) {
      return [{ criterionId: criterion.id, outcome: 'pass' as const, ...at }];
    }
    if (verdicts.every((v) => v === 'pass' || v === 'not_applicable') && verdicts.some(Boolean)) {
      return [{ criterionId: criterion.id, outcome: 'not-applicable' as const, ...at }];
    }
    return [];
  });
}

/** What became of an approved version: only `published` and `already-live` end with it live. */
export type PublicationOutcome = 'published' | 'already-live' | 'newer-live' | 'no-listing' | 'contended';

/**
 * Makes an approved version the live listing, unless a newer one is live already. Idempotent, so
 * boot can repair a crash between the approval and this write (see reconcilePublications).
 */
export async function publishVersion(
  listings: ListingRepository,
  version: VersionDoc,
  criteria: Criterion[],
  approvedAt: string,
): Promise<PublicationOutcome> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const listing = await listings.findById(version.listingId);
    if (!listing) return 'no-listing';
    if (listing.live?.versionId === version._id) return 'already-live';
    if (listing.live && listing.live.number >= version.number) return 'newer-live';
    // Planned against what is live until this write replaces it, so carried verdicts keep their date.
    const plan = planReReview(
      version,
      listing.live,
      listing.organisationId,
      criteria,
      approvedAt.slice(0, 10),
    );
    const live: LiveVersion = {
      versionId: version._id,
      number: version.number,
      content: version.content,
      approvedAt,
      assessment: vettingOutcome(version, criteria, approvedAt, plan),
      evidence: version.evidence ?? [],
      organisationId: version.organisationId,
    };
    const status = listing.status === 'draft' ? 'live' : listing.status;
    // The draft is set with the live version: a draft stored as "the live content" must not
    // silently become the new live content.
    const draft = storedDraft(listing.draft, live);
    if (await listings.updateAtRevision(listing._id, listing.revision, { $set: { live, status, draft } }))
      return 'published';
  }
  return 'contended';
}

/** Publishes approved versions whose listing does not show them yet; returns how many it fixed. */
export async function reconcilePublications(
  listings: ListingRepository,
  versions: VersionRepository,
  criteria: Criterion[],
): Promise<number> {
  let fixed = 0;
  for (const version of await versions.listApproved()) {
    const approvedAt = version.timeline.findLast((t) => t.status === 'approved')?.at ?? version.updatedAt;
    if ((await publishVersion(listings, version, criteria, approvedAt)) === 'published') fixed += 1;
  }
  return fixed;
}
