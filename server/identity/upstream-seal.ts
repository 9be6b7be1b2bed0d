import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * The ID token kept for RP-initiated logout (`id_token_hint`), sealed with AES-256-GCM under a key
 * derived from the session cookie's token. The store keeps only a hash of that token, so the
 * sealed ID token (which holds the `sub`, for a DigiD broker often the BSN) can be opened only
 * while the browser's cookie is presented, at sign-out (docs/decisions/026).
 */
function keyFor(sessionToken: string): Buffer {
  return createHmac('sha256', sessionToken).update('upstream-sign-out').digest();
}

export function sealForSession(sessionToken: string, idToken: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(sessionToken), iv);
  const body = Buffer.concat([cipher.update(idToken, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The ID token, or null when the seal does not open with this token. */
export function openForSession(sessionToken: string, sealed: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(sessionToken), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
