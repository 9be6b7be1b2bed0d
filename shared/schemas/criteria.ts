import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

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
});
export type Criterion = z.infer<typeof CriterionSchema>;
