import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AssuranceLevelSchema } from '../../shared/schemas/assurance.ts';
import { MAX_RETURN_TO } from './return-to.ts';

/** How long a sign-in at the broker may take before the browser must start again. */
export const FLOW_TTL_MS = 10 * 60 * 1000;

/**
 * What a sign-in must remember between the redirect to the provider and its callback. It lives
 * sealed (AES-256-GCM) in a cookie, not in the store: an anonymous request that may never come
 * back stores nothing, and the browser that started the sign-in is the only one that can finish it.
 */
export const FlowSchema = z.strictObject({
  // `residents`, `staff`, or `staff/<name>` for a connection from STAFF_SIGN_IN_FILE (decision 028).
  connection: z.string().regex(/^(residents|staff(\/[a-z0-9][a-z0-9-]{0,39})?)$/),
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(MAX_RETURN_TO),
  acr: AssuranceLevelSchema.nullable(),
  expiresAt: z.number().int(),
});
export type Flow = z.infer<typeof FlowSchema>;

/**
 * The longest sealed flow: at most ~2.3 kB of JSON (the bounds above), as base64url (x4/3) with
 * its IV and tag. Within a browser's 4 kB for one cookie.
 */
const MAX_SEALED_FLOW = 3_200;

export function flowCookieName(secure: boolean): string {
  return secure ? '__Host-ic_sign_in' : 'ic_sign_in';
}

export function sealFlow(key: Buffer, flow: Flow): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The flow in a cookie, or null when it is missing, tampered with, expired or not for this connection. */
export function unsealFlow(
  key: Buffer,
  sealed: string | undefined,
  connection: Flow['connection'],
  now = Date.now(),
): Flow | null {
  if (!sealed || sealed.length > MAX_SEALED_FLOW) return null;
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    const flow = FlowSchema.parse(JSON.parse(text));
    return flow.connection === connection && flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}
