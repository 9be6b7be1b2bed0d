import { z } from 'zod';
import { IdSchema, safeText } from './common.ts';
import { ListingDraftSchema } from './listing.ts';
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
    /** The revision the reviewer decided on; a stale one gets 409 instead of overwriting. */
    revision: z.number().int().nonnegative().optional(),
  })
  .refine((d) => d.decision === 'approve' || d.comment.length > 0, {
    path: ['comment'],
    message: 'a reason is required to request changes or reject',
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

export const ReviewDetailSchema = ReviewQueueItemSchema.extend({
  content: ListingDraftSchema,
  /** What is live now, to compare claims and launch registration against. */
  liveContent: ListingDraftSchema.nullable(),
  assessments: z.array(ReviewerAssessmentSchema),
  decisions: z.array(
    z.object({
      decision: z.string(),
      comment: z.string(),
      at: z.iso.datetime(),
      reviewerId: z.string(),
      reviewerName: z.string(),
    }),
  ),
});
export type ReviewDetail = z.infer<typeof ReviewDetailSchema>;

export const SuspensionSchema = z.strictObject({
  reason: safeText(z.string().trim().min(3).max(2000), { multiLine: true }),
});
