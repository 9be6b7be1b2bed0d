import { z } from 'zod';
import { FIELD_GROUPS } from '../version-diff.ts';
import { IdSchema, LocalizedTextSchema } from './common.ts';
import { EvidenceKindSchema } from './evidence.ts';

export const CRITERION_GROUPS = [
  'privacy',
  'security',
  'accessibility',
  'language',
  'evidence',
  'data-minimisation',
  'support-continuity',
  'exit',
] as const;
export const CriterionGroupSchema = z.enum(CRITERION_GROUPS);

/** An assessment criterion as published in catalog/criteria.json. */
export const CriterionSchema = z.strictObject({
  id: IdSchema,
  group: CriterionGroupSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  required: z.boolean(),
  /**
   * Re-review rules (decision 060): a new version needs a fresh verdict on this criterion only
   * when one of these parts changed; otherwise the live verdict carries over with its date. When
   * every criterion needing a fresh verdict says `oneReviewerSuffices`, one reviewer approves.
   * Optional in the schema so older fixtures parse; catalog:check requires it in catalog/.
   */
  reReview: z
    .strictObject({
      dependsOn: z.array(z.enum(FIELD_GROUPS)).min(1),
      oneReviewerSuffices: z.boolean(),
    })
    .optional(),
  /** Evidence kinds that support this criterion; each has a valid-until date. */
  evidenceKinds: z.array(EvidenceKindSchema).optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;
