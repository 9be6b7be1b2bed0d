import { createHash, randomBytes } from 'node:crypto';

/**
 * Client secrets are 256 random bits, so a plain SHA-256 is enough to store them: there is
 * nothing to brute-force that a slow password hash would protect (docs/decisions/005).
 */
export function newClientSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashClientSecret(secret) };
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

export function newClientId(): string {
  return `ic_${randomBytes(12).toString('base64url')}`;
}
