import { z } from 'zod';
import { CATEGORY_IDS } from '../categories.ts';
import { CLAIM_IDS } from '../claims.ts';
import { AssuranceLevelSchema } from './assurance.ts';
import { IdSchema, LocalizedTextSchema, SlugSchema, safeName, unambiguousUrl } from './common.ts';
import { PublicJwksSchema } from './jwks.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https URL; loopback http is accepted here and refused by the server when demo sign-in is off. */
export const LaunchUrlSchema = unambiguousUrl(z.string().max(2048)).refine((value) => {
  try {
    const url = new URL(value);
    if (url.hash || url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}, 'an https URL without a fragment (http only for localhost)');

export const HttpsUrlSchema = unambiguousUrl(
  z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2048),
);

export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export const ClaimIdSchema = z.enum(CLAIM_IDS);

export const ClaimRequestSchema = z.strictObject({
  claim: ClaimIdSchema,
  /** Why the app needs it: data minimisation is a review criterion. */
  reason: LocalizedTextSchema,
  /** A resident may leave an optional claim out and still launch. */
  required: z.boolean(),
});
export type ClaimRequest = z.infer<typeof ClaimRequestSchema>;

/** Accessibility status as in the Dutch register of accessibility statements (A = fully compliant). */
export const AccessibilityStatusSchema = z.enum(['A', 'B', 'C', 'D', 'E']);

export const ScreenshotSchema = z.strictObject({
  src: z.string().regex(/^\/media\/[a-z0-9-]+\/[a-z0-9-]+\.(svg|png|webp)$/, 'a path under /media/'),
  alt: LocalizedTextSchema,
});

/**
 * How the storefront calls the app's initiate_login_uri. GET is the default: stock RPs such as
 * mod_auth_openidc read any POST to their callback as a form_post answer (docs/decisions/040).
 */
export const InitiateLoginMethodSchema = z.enum(['GET', 'POST']);
export type InitiateLoginMethod = z.infer<typeof InitiateLoginMethodSchema>;

export const LaunchRegistrationSchema = z
  .strictObject({
    initiateLoginUri: LaunchUrlSchema,
    initiateLoginMethod: InitiateLoginMethodSchema.default('GET'),
    redirectUris: z.array(LaunchUrlSchema).min(1).max(5),
    idTokenSignedResponseAlg: z.enum(['RS256', 'ES256']).default('RS256'),
    /**
     * How the app authenticates at the token endpoint: `private_key_jwt` as the NL GOV profile
     * asks, or a client secret (a recorded deviation, docs/conformance/nl-gov-oidc.md).
     */
    tokenEndpointAuthMethod: z.enum(['client_secret_basic', 'private_key_jwt']).optional(),
    /** The app's public keys (private_key_jwt, signed Request Objects): inline, or where to fetch them. */
    jwks: PublicJwksSchema.optional(),
    /** Fetched by the platform: https, or http on a loopback host in demo mode only (the server checks). */
    jwksUri: LaunchUrlSchema.optional(),
    /**
     * The lowest DigiD level (eIDAS LoA) a resident must have signed in with to open the app; part
     * of the reviewed version. A lower sign-in is stepped up at the broker, not refused (issue 14).
     */
    minimumAssurance: AssuranceLevelSchema.optional(),
  })
  .superRefine((registration, ctx) => {
    if (registration.jwks && registration.jwksUri) {
      ctx.addIssue({ code: 'custom', path: ['jwksUri'], message: 'either jwks or jwksUri, not both' });
    }
    if (
      registration.tokenEndpointAuthMethod === 'private_key_jwt' &&
      !registration.jwks &&
      !registration.jwksUri
    ) {
      ctx.addIssue({ code: 'custom', path: ['jwks'], message: 'private_key_jwt needs jwks or jwksUri' });
    }
  });
export type LaunchRegistration = z.infer<typeof LaunchRegistrationSchema>;

export const CostSchema = z.strictObject({
  model: z.enum(['free', 'paid-by-municipality', 'freemium', 'paid']),
  note: LocalizedTextSchema.optional(),
});

export const SupportSchema = z.strictObject({
  email: z.email().max(254),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{8,20}$/, 'a phone number')
    .optional(),
  url: HttpsUrlSchema.optional(),
  hours: LocalizedTextSchema.optional(),
});

/**
 * What a vendor writes and a reviewer vets: the shape of a seed listing in catalog/, minus ids
 * and status. Claims and launch registration are part of it, so widening them needs a new review.
 */
export const ListingDraftSchema = z.strictObject({
  name: safeName(z.string().trim().normalize().min(2).max(60)),
  tagline: LocalizedTextSchema,
  description: LocalizedTextSchema,
  categories: z.array(CategoryIdSchema).min(1).max(3),
  icon: z
    .string()
    .regex(/^\/media\/[a-z0-9-]+\/[a-z0-9-]+\.(svg|png|webp)$/, 'a path under /media/')
    .optional(),
  website: HttpsUrlSchema,
  claims: z
    .array(ClaimRequestSchema)
    .max(12)
    .refine(
      (claims) => new Set(claims.map((c) => c.claim)).size === claims.length,
      'each claim at most once',
    ),
  privacyStatementUrl: HttpsUrlSchema,
  accessibility: z.strictObject({ statementUrl: HttpsUrlSchema, status: AccessibilityStatusSchema }),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'))
    .min(1)
    .max(20),
  support: SupportSchema,
  cost: CostSchema,
  screenshots: z.array(ScreenshotSchema).max(8),
  launch: LaunchRegistrationSchema,
});
export type ListingDraft = z.infer<typeof ListingDraftSchema>;
export type ListingDraftInput = z.input<typeof ListingDraftSchema>;

/** A listing as shipped in catalog/listings: a draft plus its ids, vendor and vetting date. */
export const SeedListingSchema = z.strictObject({
  id: IdSchema,
  slug: SlugSchema,
  organisationId: IdSchema,
  status: z.enum(['live', 'suspended']),
  approvedAt: z.iso.date(),
  draft: ListingDraftSchema,
});
export type SeedListing = z.infer<typeof SeedListingSchema>;
