import { z } from 'zod';
import { REVIEW_STATUSES } from '../review-state.ts';
import { IdSchema } from './common.ts';
import { FieldCommentViewSchema } from './field-feedback.ts';
import { ListingDraftSchema } from './listing.ts';

export const ListingIdParamsSchema = z.strictObject({ id: IdSchema });

export const CreateListingSchema = z.strictObject({
  draft: ListingDraftSchema,
  /** Needed only by someone who is a member of more than one vendor organisation. */
  organisationId: IdSchema.optional(),
});
export const UpdateDraftSchema = z.strictObject({ draft: ListingDraftSchema });

export const ListingStatusSchema = z.enum(['draft', 'live', 'suspended', 'withdrawn']);
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);

export const VendorListingSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: ListingStatusSchema,
  organisationId: z.string(),
  clientId: z.string(),
  liveVersion: z.number().int().nullable(),
  latestVersion: z
    .object({ id: z.string(), number: z.number().int(), status: ReviewStatusSchema })
    .nullable(),
  updatedAt: z.iso.datetime(),
});
export type VendorListingSummary = z.infer<typeof VendorListingSummarySchema>;

/** What a vendor sees of a decision: the outcome and the reviewer's reasons, not who it was. */
export const FeedbackSchema = z.object({
  decision: z.enum(['approve', 'request_changes', 'reject']),
  comment: z.string(),
  at: z.iso.datetime(),
  /** Comments beside single fields (issue 11); absent from servers before it. */
  fieldComments: z.array(FieldCommentViewSchema).optional(),
});

export const VersionTimelineEntrySchema = z.object({
  status: ReviewStatusSchema,
  at: z.iso.datetime(),
});

export const VendorVersionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: ReviewStatusSchema,
  submittedAt: z.iso.datetime(),
  approvals: z.number().int(),
  feedback: z.array(FeedbackSchema),
  timeline: z.array(VersionTimelineEntrySchema),
  isLive: z.boolean(),
});
export type VendorVersion = z.infer<typeof VendorVersionSchema>;

export const VendorListingDetailSchema = VendorListingSummarySchema.extend({
  draft: ListingDraftSchema,
  hasClientSecret: z.boolean(),
  suspension: z.object({ reason: z.string(), at: z.iso.datetime() }).nullable(),
  versions: z.array(VendorVersionSchema),
});
export type VendorListingDetail = z.infer<typeof VendorListingDetailSchema>;

export const SubmissionCreatedSchema = z.object({ versionId: z.string(), number: z.number().int() });
export const ClientSecretSchema = z.object({ clientId: z.string(), clientSecret: z.string() });
