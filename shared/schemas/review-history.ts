import { z } from 'zod';
import { IdSchema, pageOf, SlugSchema } from './common.ts';

/**
 * The reviewers' decision history (issue 11): every review decision, suspension and
 * reinstatement from the audit trail, with who took it. Staff only; no resident data is in it.
 */
export const HISTORY_KINDS = ['approve', 'request_changes', 'reject', 'suspend', 'reinstate'] as const;
export const HistoryKindSchema = z.enum(HISTORY_KINDS);
export type HistoryKind = z.infer<typeof HistoryKindSchema>;

/** A calendar day in the Netherlands, YYYY-MM-DD, that exists. */
const DaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD')
  // zod runs this even when the pattern failed: an impossible date must not throw here.
  .refine((day) => {
    const date = new Date(`${day}T12:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'a date that exists');

export const ReviewHistoryQuerySchema = z
  .strictObject({
    app: SlugSchema.optional(),
    reviewer: IdSchema.optional(),
    kind: HistoryKindSchema.optional(),
    /** First day of the period (inclusive), Dutch time. */
    from: DaySchema.optional(),
    /** Last day of the period (inclusive), Dutch time. */
    to: DaySchema.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'the last day is before the first day',
  });
export type ReviewHistoryQuery = z.infer<typeof ReviewHistoryQuerySchema>;

export const HistoryEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  kind: HistoryKindSchema,
  /** Null when the app no longer exists. */
  app: z.object({ slug: z.string(), name: z.string() }).nullable(),
  /** The version decided on; null for suspensions and reinstatements. */
  version: z.object({ id: z.string(), number: z.number().int().nullable() }).nullable(),
  reviewer: z.object({ id: z.string(), name: z.string() }),
  /** The internal reason or comment; never shown to the public. */
  reason: z.string().nullable(),
  /** For an approval: whether it was the final one (the version went live) or the first of two. */
  final: z.boolean().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ReviewHistoryPageSchema = pageOf(HistoryEntrySchema).extend({
  /** Everyone who took a decision in the trail, for the reviewer filter. */
  reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReviewHistoryPage = z.infer<typeof ReviewHistoryPageSchema>;
