import { z } from 'zod';
import { CLAIM_IDS } from '../claims.ts';
import { IdSchema, safeText } from './common.ts';

/**
 * The draft fields a reviewer can point a comment at when asking for changes (issue 11): the
 * vendor's edit form shows the comment beside the field with this key (the form's own field keys,
 * see client/src/listings/draft-form/field-key.ts). A chosen claim is `claims.<claim id>`.
 */
export const FEEDBACK_FIELDS = [
  'name',
  'tagline.nl',
  'tagline.en',
  'description.nl',
  'description.en',
  'categories',
  'website',
  'icon',
  'claims',
  ...CLAIM_IDS.map((id) => `claims.${id}` as const),
  'privacyStatementUrl',
  'accessibility.statementUrl',
  'accessibility.status',
  'languages',
  'support.email',
  'support.phone',
  'support.url',
  'support.hours.nl',
  'support.hours.en',
  'cost.model',
  'cost.note.nl',
  'cost.note.en',
  'screenshots',
  'launch.initiateLoginUri',
  'launch.initiateLoginMethod',
  'launch.redirectUris',
  'launch.idTokenSignedResponseAlg',
  'launch.tokenEndpointAuthMethod',
  'launch.jwks',
  'launch.jwksUri',
  'launch.minimumAssurance',
] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];
export const FeedbackFieldSchema = z.enum(FEEDBACK_FIELDS);

/** What a reviewer sends: a comment about a field, a criterion, or a field under a criterion. */
export const FieldCommentSchema = z
  .strictObject({
    field: FeedbackFieldSchema.optional(),
    criterion: IdSchema.optional(),
    comment: safeText(z.string().trim().min(1).max(2000), { multiLine: true }),
  })
  .refine((c) => c.field !== undefined || c.criterion !== undefined, {
    path: ['field'],
    message: 'name the field (or the criterion) the comment is about',
  });
export type FieldCommentInput = z.input<typeof FieldCommentSchema>;

/** A field comment as stored and shown to reviewers and to the vendor (never who wrote it). */
export const FieldCommentViewSchema = z.object({
  field: z.string().optional(),
  criterion: z.string().optional(),
  /** The criterion's title, so the vendor's form needs no second request to name it. */
  criterionTitle: z.object({ nl: z.string(), en: z.string() }).optional(),
  comment: z.string(),
});
export type FieldCommentView = z.infer<typeof FieldCommentViewSchema>;
