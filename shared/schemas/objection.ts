import { z } from 'zod';
import { IdSchema, SlugSchema, safeText } from './common.ts';
import { PublicReasonSchema } from './register.ts';

/** A document an objection relies on: a link to where the vendor keeps it. */
export const ObjectionDocumentSchema = z.strictObject({
  title: safeText(z.string().trim().min(1).max(200), { multiLine: false }),
  url: z.url({ protocol: /^https$/, error: 'an https link' }).max(2000),
});

/** POST /api/v1/decisions/{decisionId}/objections */
export const ObjectionInputSchema = z.strictObject({
  grounds: safeText(z.string().trim().min(20).max(10_000), { multiLine: true }),
  documents: z.array(ObjectionDocumentSchema).max(10).default([]),
});
export type ObjectionInput = z.input<typeof ObjectionInputSchema>;

export const ObjectionOutcomeSchema = z.enum(['upheld', 'not-upheld']);

/** One handler's verdict; two handlers who agree decide the objection. */
export const ObjectionVoteSchema = z.strictObject({
  outcome: ObjectionOutcomeSchema,
  publicReason: PublicReasonSchema,
});
export type ObjectionVoteInput = z.input<typeof ObjectionVoteSchema>;

export const ObjectionExtensionSchema = z.strictObject({
  reason: safeText(z.string().trim().min(10).max(2000), { multiLine: true }),
});

export const ObjectionIdParamsSchema = z.strictObject({ objectionId: IdSchema });

export const ObjectionListQuerySchema = z.strictObject({
  status: z.enum(['open', 'decided']).optional(),
  /** Platform admins: only open objections past their decision term. */
  overdue: z.enum(['true', 'false']).optional(),
});

export const ObjectionSchema = z.object({
  id: IdSchema,
  decisionId: IdSchema,
  decisionKind: z.enum(['rejection', 'suspension']),
  app: z.object({ slug: SlugSchema, name: z.string() }),
  status: z.enum(['open', 'decided']),
  grounds: z.string(),
  documents: z.array(z.object({ title: z.string(), url: z.string() })),
  receivedAt: z.iso.datetime(),
  /** The decision term: six weeks, extended once by six with a reason. */
  decisionDue: z.iso.datetime(),
  extension: z.object({ reason: z.string(), at: z.iso.datetime() }).nullable(),
  overdue: z.boolean(),
  /** How many handlers took it (two are needed); their names stay internal. */
  handlerCount: z.number().int(),
  /** Whether the signed-in reviewer handles it, may take it, and how they voted. */
  youHandle: z.boolean(),
  youMayHandle: z.boolean(),
  yourVote: ObjectionOutcomeSchema.nullable(),
  votes: z.number().int(),
  outcome: ObjectionOutcomeSchema.nullable(),
  outcomeDecisionId: IdSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type Objection = z.infer<typeof ObjectionSchema>;
