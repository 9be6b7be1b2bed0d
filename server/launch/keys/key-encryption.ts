import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makePrivate } from '../../private-files.ts';

/** AES-256-GCM with a key from config: private keys and the pairwise secret are stored only encrypted. */
export interface KeyEncryption {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export class KeyMismatchError extends Error {
  constructor() {
    super(
      'KEY_ENCRYPTION_KEY does not match the key that encrypted the signing keys in this store. Every ' +
        'instance on one store must use the same KEY_ENCRYPTION_KEY (docs/operations.md, "Several instances").',
    );
    this.name = 'KeyMismatchError';
  }
}

export function keyEncryption(key: Buffer): KeyEncryption {
  if (key.length !== 32) throw new Error('KEY_ENCRYPTION_KEY must be 32 bytes (base64)');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    },
    decrypt(sealed) {
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !body) throw new Error('malformed sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        // GCM's "unable to authenticate data" means another key sealed this value (issue 10).
        throw new KeyMismatchError();
      }
    },
  };
}

/**
 * The key from config (KEY_ENCRYPTION_KEY, required in production); in demo mode a key is made on
 * first start and kept in DATA_DIR, readable by the owner only.
 */
export async function resolveEncryptionKey(configured: string | undefined, dataDir: string, demo: boolean) {
  if (configured) return Buffer.from(configured, 'base64');
  if (!demo) throw new Error('KEY_ENCRYPTION_KEY is required when demo sign-in is off');
  const file = path.join(dataDir, 'key-encryption.key');
  try {
    const existing = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    await makePrivate(file);
    return existing;
  } catch {
    const key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
    await chmod(file, 0o600);
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  }
}
