import { z } from 'zod';
import { ClaimIdSchema, InitiateLoginMethodSchema } from './listing.ts';

export const ConsentUpdateSchema = z.strictObject({
  claims: z
    .array(ClaimIdSchema)
    .max(20)
    .refine((claims) => new Set(claims).size === claims.length, 'each claim at most once'),
});

export const ConsentSchema = z.object({
  slug: z.string(),
  name: z.string(),
  icon: z.string().optional(),
  claims: z.array(ClaimIdSchema),
  grantedAt: z.iso.datetime(),
  /** False when the app's approved claims changed since: the resident must agree again. */
  current: z.boolean(),
  /** What the app received at the last launch, and when. */
  lastLaunch: z.object({ at: z.iso.datetime(), claims: z.array(ClaimIdSchema) }).nullable(),
  /**
   * Whether the resident can open the app now, and if not why: reviewers suspended it (with their
   * reason and since when), its vendor withdrew it, or the resident's municipality stopped
   * offering it (issue 11 item 2). The consent itself stays until the resident revokes it.
   */
  availability: z
    .object({
      state: z.enum(['available', 'suspended', 'withdrawn', 'not-offered']),
      reason: z.string().optional(),
      since: z.iso.datetime().optional(),
    })
    .optional(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * Where the storefront sends the top-level window (OIDC third-party-initiated login), and how:
 * the method the app registered in its reviewed launch registration.
 */
export const LaunchResponseSchema = z.object({
  action: z.string(),
  method: InitiateLoginMethodSchema,
  fields: z.object({
    iss: z.string(),
    login_hint: z.string(),
    target_link_uri: z.string(),
    client_id: z.string(),
  }),
  expiresAt: z.iso.datetime(),
});
export type LaunchResponse = z.infer<typeof LaunchResponseSchema>;

/** One line of the resident's own consent history ("Mijn apps"); staff never see it. */
export const ConsentHistoryEntrySchema = z.object({
  action: z.enum(['given', 'revoked']),
  slug: z.string(),
  name: z.string(),
  claims: z.array(ClaimIdSchema),
  at: z.iso.datetime(),
});
export type ConsentHistoryEntry = z.infer<typeof ConsentHistoryEntrySchema>;
/** An object, not a bare array (Dutch API Design Rules). */
export const ConsentHistorySchema = z.object({ items: z.array(ConsentHistoryEntrySchema) });
export type ConsentHistory = z.infer<typeof ConsentHistorySchema>;
