import { z } from 'zod';
import { IdSchema, pageOf, SlugSchema, safeText } from './common.ts';

/**
 * The public decision register (issue 13, docs/decisions/070): every decision about which apps
 * residents may trust, without the names of the people who took it.
 */
export const DECISION_KINDS = [
  'approval',
  'rejection',
  'suspension',
  'reinstatement',
  'objection-upheld',
  'objection-not-upheld',
  'incident-closed',
  'listed-before-register',
] as const;
export const DecisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/** A public reason: B1 Dutch, English beside it (optional: the Dutch one is the decision). */
export const PublicReasonSchema = z.strictObject({
  nl: safeText(z.string().trim().min(10).max(2000), { multiLine: true }),
  en: safeText(z.string().trim().max(2000), { multiLine: true }).default(''),
});
export type PublicReasonInput = z.input<typeof PublicReasonSchema>;

export const CriterionOutcomeSchema = z.enum(['pass', 'fail', 'not-applicable', 'not-assessed']);

export const PublicDecisionSchema = z.object({
  id: IdSchema,
  kind: DecisionKindSchema,
  at: z.iso.datetime(),
  app: z.object({ slug: SlugSchema, name: z.string(), vendor: z.string() }),
  /** The listing version the decision is about, when it is about one. */
  version: z.number().int().positive().nullable(),
  reason: z.object({ nl: z.string(), en: z.string() }),
  criteria: z.array(
    z.object({
      id: z.string(),
      title: z.object({ nl: z.string(), en: z.string() }),
      outcome: CriterionOutcomeSchema,
    }),
  ),
  /** For a rejection or suspension: until when the vendor may object (the Awb term). */
  objectionDeadline: z.iso.datetime().nullable(),
  /** The decision an objection outcome is about, or the objection outcome that reversed this one. */
  relatedDecisionId: IdSchema.nullable(),
});
export type PublicDecision = z.infer<typeof PublicDecisionSchema>;

export const DecisionListSchema = pageOf(PublicDecisionSchema);
export type DecisionList = z.infer<typeof DecisionListSchema>;

/** Query of GET /api/v1/decisions (camelCase keys, API Design Rules). */
export const DecisionListQuerySchema = z.strictObject({
  app: SlugSchema.optional(),
  kind: DecisionKindSchema.optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuerySchema>;

export const DecisionIdParamsSchema = z.strictObject({ decisionId: IdSchema });
