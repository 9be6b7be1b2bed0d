import { z } from 'zod';
import { FIELD_GROUPS } from '../version-diff.ts';
import { IdSchema, safeText } from './common.ts';
import { EvidenceItemSchema } from './evidence.ts';
import { FieldCommentSchema, FieldCommentViewSchema } from './field-feedback.ts';
import { ListingDraftSchema } from './listing.ts';
import { PublicReasonSchema } from './register.ts';
import { ReviewStatusSchema } from './vendor.ts';

export const VerdictSchema = z.enum(['pass', 'fail', 'not_applicable']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const VersionIdParamsSchema = z.strictObject({ versionId: IdSchema });
export const ReviewQueueQuerySchema = z.strictObject({ status: ReviewStatusSchema.optional() });

export const AssessmentSchema = z.strictObject({
  criteria: z.record(
    IdSchema,
    z.strictObject({
      verdict: VerdictSchema,
      note: safeText(z.string().trim().max(2000), { multiLine: true }).default(''),
    }),
  ),
});
export type AssessmentInput = z.input<typeof AssessmentSchema>;

export const DecisionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'request_changes', 'reject']),
    comment: safeText(z.string().trim().max(4000), { multiLine: true }).default(''),
    /** The reason the public register shows, apart from the internal comment (issue 13). */
    publicReason: PublicReasonSchema.optional(),
    /** The revision the reviewer decided on; a stale one gets 409 instead of overwriting. */
    revision: z.number().int().nonnegative().optional(),
    /**
     * Comments about single fields or criteria, shown beside the field in the vendor's form
     * (issue 11). Only with a request for changes or a rejection: an approval asks nothing.
     */
    fieldComments: z.array(FieldCommentSchema).max(30).optional(),
  })
  .refine((d) => d.decision === 'approve' || d.comment.length > 0, {
    path: ['comment'],
    message: 'a reason is required to request changes or reject',
  })
  .refine((d) => d.decision !== 'approve' || !d.fieldComments?.length, {
    path: ['fieldComments'],
    message: 'field comments go with a request for changes or a rejection, not with an approval',
  });
export type DecisionInput = z.input<typeof DecisionSchema>;

export const ReviewQueueItemSchema = z.object({
  versionId: z.string(),
  listingId: z.string(),
  slug: z.string(),
  name: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  number: z.number().int(),
  status: ReviewStatusSchema,
  submittedAt: z.iso.datetime(),
  /** Display names of the reviewers who claimed it, in claim order. */
  reviewers: z.array(z.string()),
  /** Their ids, in the same order: what the workspace compares with the signed-in reviewer. */
  reviewerIds: z.array(z.string()),
  approvals: z.number().int(),
  /** Approvals this version needs: 1 when only texts and screenshots changed (decision 060), else 2. */
  requiredApprovals: z.number().int().optional(),
  revision: z.number().int(),
  /** False when the reviewer belongs to the vendor's organisation. */
  mayReview: z.boolean(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewerAssessmentSchema = z.object({
  reviewerId: z.string(),
  reviewerName: z.string(),
  criteria: z.record(z.string(), z.object({ verdict: VerdictSchema, note: z.string() })),
  updatedAt: z.iso.datetime(),
});

/** What a re-review needs: the changes from the live version and, per criterion, fresh or carried over. */
export const ReReviewSchema = z.object({
  comparedWith: z.object({ versionNumber: z.number().int(), approvedAt: z.iso.datetime() }).nullable(),
  requiredApprovals: z.number().int(),
  changes: z.array(
    z.object({ group: z.enum(FIELD_GROUPS), field: z.string(), before: z.unknown(), after: z.unknown() }),
  ),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      status: z.enum(['assess', 'carried']),
      because: z.array(z.string()),
      outcome: z.enum(['pass', 'not-applicable']).nullable(),
      assessedAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type ReReview = z.infer<typeof ReReviewSchema>;

export const ReviewDetailSchema = ReviewQueueItemSchema.extend({
  content: ListingDraftSchema,
  /** What is live now, to compare claims and launch registration against. */
  liveContent: ListingDraftSchema.nullable(),
  reReview: ReReviewSchema.optional(),
  /** The evidence this version carries, with its status today. */
  evidence: z.array(EvidenceItemSchema).optional(),
  assessments: z.array(ReviewerAssessmentSchema),
  decisions: z.array(
    z.object({
      decision: z.string(),
      comment: z.string(),
      at: z.iso.datetime(),
      reviewerId: z.string(),
      reviewerName: z.string(),
      publicReason: z.object({ nl: z.string(), en: z.string() }).optional(),
      fieldComments: z.array(FieldCommentViewSchema).optional(),
    }),
  ),
});
export type ReviewDetail = z.infer<typeof ReviewDetailSchema>;

export const SuspensionSchema = z.strictObject({
  reason: safeText(z.string().trim().min(3).max(2000), { multiLine: true }),
  /** What the public register shows; without it, a standard text (issue 13). */
  publicReason: PublicReasonSchema.optional(),
});
export type SuspensionInput = z.input<typeof SuspensionSchema>;

/** Reinstating asks a reason too (issue 11): the internal one is required, the public one optional. */
export const ReinstatementSchema = SuspensionSchema;
export type ReinstatementInput = z.input<typeof ReinstatementSchema>;
