import { z } from 'zod';

/**
 * An app's public signing key (RFC 7517) for `private_key_jwt` and signed Request Objects
 * (NL GOV Assurance profile). Strict: private members (`d`, `p`, `q`, ...) are refused, so a
 * vendor cannot hand the platform a private key by mistake.
 */
export const PublicJwkSchema = z
  .strictObject({
    kty: z.enum(['RSA', 'EC']),
    kid: z.string().min(1).max(128).optional(),
    use: z.literal('sig').optional(),
    alg: z.enum(['RS256', 'PS256', 'ES256']).optional(),
    n: z
      .string()
      .regex(/^[A-Za-z0-9_-]{342,1366}$/, 'base64url, 2048 to 8192 bits')
      .optional(),
    e: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,12}$/)
      .optional(),
    crv: z.literal('P-256').optional(),
    x: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .optional(),
    y: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .optional(),
  })
  .refine(
    (key) => (key.kty === 'RSA' ? Boolean(key.n && key.e && !key.crv) : Boolean(key.crv && key.x && key.y)),
    'an RSA key (n, e) of 2048 bits or more, or a P-256 key (crv, x, y)',
  );

export const PublicJwksSchema = z.strictObject({ keys: z.array(PublicJwkSchema).min(1).max(5) });
export type PublicJwks = z.infer<typeof PublicJwksSchema>;
