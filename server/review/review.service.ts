import { canTransition, OPEN_REVIEW_STATUSES, type ReviewStatus } from '../../shared/review-state.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { FieldCommentInput, FieldCommentView } from '../../shared/schemas/field-feedback.ts';
import type { DecisionInput, ReviewDetail, ReviewQueueItem } from '../../shared/schemas/review.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import type { EvidenceService } from '../evidence/evidence.service.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import { type AuthUser, isReviewer, vendorOrganisations } from '../identity/identity.types.ts';
import type { PeopleDirectory } from '../identity/people.directory.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { OrganisationDirectory } from '../listings/organisation.directory.ts';
import { criterionOutcomes, type RegisterService } from '../register/register.service.ts';
import { publishVersion } from './publication.ts';
import { planReReview, type ReReviewPlan } from './re-review.ts';
import type { CriterionVerdict, VersionDoc } from './version.documents.ts';
import type { VersionRepository } from './version.repository.ts';

interface Deps {
  versions: VersionRepository;
  listings: ListingRepository;
  audit: AuditService;
  catalog: CatalogService;
  criteria: Criterion[];
  organisations: OrganisationDirectory;
  people: PeopleDirectory;
  register: RegisterService;
  /** Shows the evidence a version carries with its status today (issue 12). */
  evidence?: Pick<EvidenceService, 'view'>;
}

const stale = () =>
  new ConflictError('Someone else changed this version meanwhile. Reload and try again.', 'stale-revision');

export function createReviewService(deps: Deps) {
  const { versions, listings, audit, catalog, criteria } = deps;
  const criterionIds = new Set(criteria.map((c) => c.id));

  function requireReviewer(user: AuthUser): void {
    if (!isReviewer(user)) throw new ForbiddenError('Only reviewers do this.');
  }

  /** Nobody from the vendor's organisation reviews its listing. */
  function mayReview(user: AuthUser, version: VersionDoc): boolean {
    return !vendorOrganisations(user).includes(version.organisationId);
  }

  async function load(versionId: string): Promise<VersionDoc> {
    const version = await versions.findById(versionId);
    if (!version) throw new NotFoundError('No such version.');
    return version;
  }

  /** What this version needs: compared with the live one, which criteria and how many approvals. */
  function planFor(version: VersionDoc, listing: ListingDoc | null): ReReviewPlan {
    const day = new Date().toISOString().slice(0, 10);
    return planReReview(
      version,
      listing?.live ?? null,
      listing?.organisationId ?? version.organisationId,
      criteria,
      day,
    );
  }

  async function queueItem(user: AuthUser, version: VersionDoc): Promise<ReviewQueueItem> {
    const listing = await listings.findById(version.listingId);
    return {
      versionId: version._id,
      listingId: version.listingId,
      slug: listing?.slug ?? '',
      name: version.content.name,
      organisation: {
        id: version.organisationId,
        name: await deps.organisations.name(version.organisationId),
      },
      number: version.number,
      status: version.status,
      submittedAt: version.submittedAt,
      reviewers: await Promise.all(version.reviewers.map((id) => deps.people.name(id))),
      reviewerIds: version.reviewers,
      approvals: version.approvals.length,
      requiredApprovals: planFor(version, listing).requiredApprovals,
      revision: version.revision,
      mayReview: mayReview(user, version),
    };
  }

  async function detail(user: AuthUser, version: VersionDoc): Promise<ReviewDetail> {
    const listing = await listings.findById(version.listingId);
    return {
      ...(await queueItem(user, version)),
      content: version.content,
      liveContent: listing?.live && listing.live.versionId !== version._id ? listing.live.content : null,
      reReview: planFor(version, listing),
      evidence: deps.evidence?.view(version.evidence ?? [], new Date().toISOString().slice(0, 10)) ?? [],
      assessments: await Promise.all(
        Object.entries(version.assessments).map(async ([reviewerId, a]) => ({
          reviewerId,
          reviewerName: await deps.people.name(reviewerId),
          criteria: a.criteria,
          updatedAt: a.updatedAt,
        })),
      ),
      decisions: await Promise.all(
        version.decisions.map(async (d) => ({ ...d, reviewerName: await deps.people.name(d.reviewerId) })),
      ),
    };
  }

  /** Checks the criteria named in field comments exist, and keeps each one's title with it. */
  function toFieldComments(input: FieldCommentInput[]): FieldCommentView[] {
    const unknown = input.flatMap((c, i) =>
      c.criterion !== undefined && !criterionIds.has(c.criterion)
        ? [{ in: 'body' as const, field: `fieldComments.${i}.criterion`, message: 'unknown criterion' }]
        : [],
    );
    if (unknown.length > 0) throw new ValidationError(unknown);
    return input.map((c) => {
      const criterion = criteria.find((x) => x.id === c.criterion);
      return {
        ...(c.field ? { field: c.field } : {}),
        ...(criterion ? { criterion: criterion.id, criterionTitle: criterion.title } : {}),
        comment: c.comment.trim(),
      };
    });
  }

  function requireActiveReviewer(user: AuthUser, version: VersionDoc): void {
    if (!mayReview(user, version))
      throw new ForbiddenError("You may not review your own organisation's listing.", 'own-organisation');
    if (version.status !== 'in_review')
      throw new ConflictError(`This version is ${version.status}, not in review.`, 'not-in-review');
    if (!version.reviewers.includes(user.id))
      throw new ForbiddenError('Claim this version before assessing it.', 'claim-first');
  }

  /** Required criteria the reviewer has not passed; a carried-over one counts unless they failed it anew. */
  function missingRequired(version: VersionDoc, reviewerId: string, plan: ReReviewPlan): string[] {
    const own = version.assessments[reviewerId]?.criteria ?? {};
    const carried = new Set(plan.criteria.filter((c) => c.status === 'carried').map((c) => c.criterionId));
    return criteria
      .filter((c) => c.required)
      .filter((c) => {
        const verdict = own[c.id]?.verdict;
        if (carried.has(c.id)) return verdict !== undefined && verdict !== 'pass';
        return verdict !== 'pass';
      })
      .map((c) => c.id);
  }

  async function planOf(version: VersionDoc): Promise<ReReviewPlan> {
    return planFor(version, await listings.findById(version.listingId));
  }

  /**
   * An approval ends live or with an error the reviewer sees: never silently approved but not
   * published (issue 11 item 1). The version stays approved, so boot's reconciliation retries.
   */
  async function publishApproved(user: AuthUser, version: VersionDoc, at: string): Promise<void> {
    const outcome = await publishVersion(listings, version, criteria, at);
    if (outcome === 'already-live') return;
    if (outcome !== 'published') {
      await audit.record({
        actor: user,
        action: 'listing.publication-failed',
        subject: { type: 'listing', id: version.listingId },
        details: { versionId: version._id, number: version.number, outcome },
      });
      throw new ConflictError(
        `Version ${version.number} is approved but could not go live (${outcome}).`,
        'publication-failed',
      );
    }
    await audit.record({
      actor: user,
      action: 'listing.published',
      subject: { type: 'listing', id: version.listingId },
      details: { versionId: version._id, number: version.number },
    });
    await catalog.changed();
  }

  /** A final approval or a rejection is a public decision (issue 13), without reviewers' names. */
  async function recordInRegister(version: VersionDoc, status: 'approved' | 'rejected', at: string) {
    const listing = await listings.findById(version.listingId);
    if (!listing) return;
    const approved = status === 'approved';
    const own = version.decisions.filter((d) =>
      approved ? d.decision === 'approve' : d.decision === 'reject',
    );
    const reason = own.findLast((d) => d.publicReason)?.publicReason ?? null;
    await deps.register.record({
      id: `${version._id}-${version.decisions.length}`,
      kind: approved ? 'approval' : 'rejection',
      at,
      listing: { ...listing, name: version.content.name },
      version: version.number,
      versionId: version._id,
      reason,
      // Approved: what the approving reviewers found; rejected: what anyone who assessed it found.
      criteria: criterionOutcomes(
        criteria,
        (approved ? version.approvals : Object.keys(version.assessments)).map(
          (id) => version.assessments[id]?.criteria ?? {},
        ),
      ),
      relatedDecisionId: version.reopenedBy ?? null,
      deciders: approved ? version.approvals : version.reviewers,
    });
  }

  return {
    /** The review queue; by default everything waiting for a reviewer. */
    async queue(user: AuthUser, status?: ReviewStatus): Promise<ReviewQueueItem[]> {
      requireReviewer(user);
      const found = await versions.listByStatuses(status ? [status] : OPEN_REVIEW_STATUSES);
      return Promise.all(found.map((v) => queueItem(user, v)));
    },

    async get(user: AuthUser, versionId: string): Promise<ReviewDetail> {
      requireReviewer(user);
      return detail(user, await load(versionId));
    },

    /** Takes a submitted version into review, or joins one in review as the second pair of eyes. */
    async claim(user: AuthUser, versionId: string): Promise<ReviewDetail> {
      requireReviewer(user);
      const version = await load(versionId);
      if (!mayReview(user, version))
        throw new ForbiddenError("You may not review your own organisation's listing.", 'own-organisation');
      if (!canTransition(version.status, 'claim', 'in_review')) {
        throw new ConflictError(`A version that is ${version.status} cannot be claimed.`, 'cannot-claim');
      }
      // Claiming again while in review changes nothing (a reload of the page, a double click).
      if (version.reviewers.includes(user.id)) return detail(user, version);
      const { requiredApprovals } = await planOf(version);
      if (version.reviewers.length >= requiredApprovals)
        throw new ConflictError(
          requiredApprovals === 1
            ? 'A reviewer has claimed it already; this version needs one.'
            : 'Two reviewers have claimed it already.',
          'review-full',
        );
      const at = new Date().toISOString();
      const push: Record<string, unknown> = { reviewers: user.id };
      if (version.status === 'submitted') push.timeline = { status: 'in_review', at };
      const updated = await versions.updateAtRevision(
        version._id,
        version.revision,
        { $set: { status: 'in_review', updatedAt: at }, $push: push },
        { status: version.status },
      );
      if (!updated) throw stale();
      await audit.record({
        actor: user,
        action: 'version.claimed',
        subject: { type: 'version', id: version._id },
        related: [version.listingId],
      });
      return detail(user, updated);
    },

    /** Saves the reviewer's own verdicts; each reviewer assesses independently. */
    async assess(
      user: AuthUser,
      versionId: string,
      input: Record<string, CriterionVerdict>,
    ): Promise<ReviewDetail> {
      requireReviewer(user);
      const version = await load(versionId);
      requireActiveReviewer(user, version);
      const unknown = Object.keys(input).filter((id) => !criterionIds.has(id));
      if (unknown.length > 0) {
        throw new ValidationError(
          unknown.map((id) => ({ in: 'body', field: `criteria.${id}`, message: 'unknown criterion' })),
        );
      }
      const at = new Date().toISOString();
      const merged = { ...(version.assessments[user.id]?.criteria ?? {}), ...input };
      const updated = await versions.updateAtRevision(
        version._id,
        version.revision,
        { $set: { [`assessments.${user.id}`]: { criteria: merged, updatedAt: at }, updatedAt: at } },
        { status: 'in_review' },
      );
      if (!updated) throw stale();
      await audit.record({
        actor: user,
        action: 'version.assessed',
        subject: { type: 'version', id: version._id },
        related: [version.listingId],
        details: { criteria: Object.keys(input) },
      });
      return detail(user, updated);
    },

    /** Approve (four eyes: the second different approver publishes), request changes, or reject. */
    async decide(
      user: AuthUser,
      versionId: string,
      input: DecisionInput & { comment: string },
    ): Promise<ReviewDetail> {
      requireReviewer(user);
      const fieldComments = toFieldComments(input.fieldComments ?? []);
      const version = await load(versionId);
      requireActiveReviewer(user, version);
      if (input.revision !== undefined && input.revision !== version.revision) throw stale();

      let next: ReviewStatus;
      if (input.decision === 'approve') {
        if (version.approvals.includes(user.id)) {
          throw new ConflictError(
            'You approved already; a second, different reviewer must approve too.',
            'already-approved',
          );
        }
        const plan = await planOf(version);
        const missing = missingRequired(version, user.id, plan);
        if (missing.length > 0) {
          throw new ConflictError(
            `Every required criterion must pass first. Not passed: ${missing.join(', ')}.`,
            'required-criteria-not-passed',
            missing.map((id) => ({ in: 'body', field: `criteria.${id}`, message: 'must pass' })),
          );
        }
        next = version.approvals.length + 1 >= plan.requiredApprovals ? 'approved' : 'in_review';
      } else {
        next = input.decision === 'reject' ? 'rejected' : 'changes_requested';
      }
      if (!canTransition(version.status, input.decision, next)) {
        throw new ConflictError(
          `A version that is ${version.status} cannot be ${input.decision}d.`,
          'decision-not-allowed',
        );
      }

      const at = new Date().toISOString();
      const decision = {
        decision: input.decision,
        comment: input.comment,
        at,
        reviewerId: user.id,
        ...(input.publicReason
          ? { publicReason: { nl: input.publicReason.nl, en: input.publicReason.en ?? '' } }
          : {}),
        ...(fieldComments.length > 0 ? { fieldComments } : {}),
      };
      const updated = await versions.updateAtRevision(
        version._id,
        version.revision,
        {
          $set: { status: next, updatedAt: at },
          $push: {
            decisions: decision,
            ...(input.decision === 'approve' ? { approvals: user.id } : {}),
            ...(next !== version.status ? { timeline: { status: next, at } } : {}),
          },
        },
        { status: 'in_review' },
      );
      if (!updated) throw stale();
      if (next !== 'in_review') await listings.closeReview(version.listingId, version._id);
      await audit.record({
        actor: user,
        action: `version.${input.decision}`,
        subject: { type: 'version', id: version._id },
        related: [version.listingId],
        reason: input.comment || null,
        details: {
          number: version.number,
          status: next,
          ...(fieldComments.length > 0 ? { fields: fieldComments.map((c) => c.field ?? c.criterion) } : {}),
        },
      });
      // The decision is a fact of record even when going live then fails (issue 13).
      if (next === 'approved' || next === 'rejected') await recordInRegister(updated, next, at);
      if (next === 'approved') await publishApproved(user, updated, at);
      return detail(user, updated);
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
