import { z } from 'zod';
import { safeText } from './common.ts';

/**
 * A municipality's own conditions for offering an app (issue 13 part 3, decision 072), on top of
 * the shared verdict. Dates are calendar dates in the Netherlands.
 */
const DateSchema = z.iso.date();
const HttpsUrl = z.url({ protocol: /^https$/, error: 'an https link' }).max(2000);

export const OfferConditionsInputSchema = z.strictObject({
  dpia: z
    .strictObject({ date: DateSchema, documentUrl: HttpsUrl, reviewBy: DateSchema.optional() })
    .nullable()
    .default(null),
  processingAgreement: z
    .strictObject({ signedOn: DateSchema, validUntil: DateSchema.optional() })
    .nullable()
    .default(null),
  // The format on the whole (nullable) field too: the API Design Rules look for it there.
  goLiveDate: DateSchema.nullable().meta({ format: 'date' }).default(null),
  localContact: z
    .strictObject({
      name: safeText(z.string().trim().min(2).max(120), { multiLine: false }),
      email: z.email().max(200).optional(),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{6,20}$/, 'a phone number')
        .optional(),
    })
    .nullable()
    .default(null),
  localNote: z
    .strictObject({
      nl: safeText(z.string().trim().min(1).max(1000), { multiLine: true }),
      en: safeText(z.string().trim().max(1000), { multiLine: true }).default(''),
    })
    .nullable()
    .default(null),
  /** Which conditions must be met before residents see the offer. */
  required: z
    .strictObject({ dpia: z.boolean(), processingAgreement: z.boolean(), localContact: z.boolean() })
    .default({ dpia: true, processingAgreement: true, localContact: false }),
});
export type OfferConditionsInput = z.input<typeof OfferConditionsInputSchema>;
export type OfferConditions = z.output<typeof OfferConditionsInputSchema>;

export const ConditionKeySchema = z.enum(['dpia', 'processingAgreement', 'localContact']);
export type ConditionKey = z.infer<typeof ConditionKeySchema>;

export const OfferStatusSchema = z.object({
  slug: z.string(),
  name: z.string(),
  offered: z.boolean(),
  /** Whether residents see it now. */
  visible: z.boolean(),
  conditions: OfferConditionsInputSchema.nullable(),
  /** Required conditions not met (missing, or expired). */
  missing: z.array(ConditionKeySchema),
  /** Conditions that expire within 60 days, with the date. */
  expiring: z.array(z.object({ condition: ConditionKeySchema, on: DateSchema })),
  /** Set when the go-live date is still ahead. */
  goLiveAhead: DateSchema.nullable(),
});
export type OfferStatus = z.infer<typeof OfferStatusSchema>;

export const LocalInfoSchema = z.object({
  note: z.object({ nl: z.string(), en: z.string() }).nullable(),
  contact: z
    .object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() })
    .nullable(),
});
export type LocalInfo = z.infer<typeof LocalInfoSchema>;
