import { z } from 'zod';
import { IdSchema, MunicipalityCodeSchema, SlugSchema, safeText } from './common.ts';

/** POST /api/v1/referrals: a professional hands a resident an app (issue 13 part 4, decision 073). */
export const ReferralInputSchema = z.strictObject({
  municipality: MunicipalityCodeSchema,
  slug: SlugSchema,
  note: safeText(z.string().trim().max(500), { multiLine: true }).default(''),
});
export type ReferralInput = z.input<typeof ReferralInputSchema>;

/** The code from the link's fragment, sent in a body: it never appears in a URL the server sees. */
export const ReferralOpenSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'a referral code'),
});

export const ReferralSchema = z.object({
  id: IdSchema,
  app: z.object({ slug: SlugSchema, name: z.string() }),
  municipality: MunicipalityCodeSchema,
  note: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** Whether the link was opened: nothing about who opened it or what they did next. */
  opened: z.boolean(),
});
export type Referral = z.infer<typeof ReferralSchema>;

/** The answer to creating one: the link is shown once (only its hash is kept). */
export const ReferralCreatedSchema = ReferralSchema.extend({
  link: z.string(),
  qrSvg: z.string(),
  /** Ready to paste into an e-mail or a text message. */
  message: z.string(),
});
export type ReferralCreated = z.infer<typeof ReferralCreatedSchema>;

/** What the resident sees after opening the link. */
export const OpenedReferralSchema = z.object({
  app: z.object({ slug: SlugSchema, name: z.string() }),
  municipality: MunicipalityCodeSchema,
  note: z.string(),
});
export type OpenedReferral = z.infer<typeof OpenedReferralSchema>;
