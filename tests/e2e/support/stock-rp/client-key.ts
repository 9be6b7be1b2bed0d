import { execFile } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PublicJwks } from '../../../../shared/schemas/jwks.ts';

type PublicJwk = PublicJwks['keys'][number];

/**
 * An app's key pair for `private_key_jwt`, as the guide's openssl commands make it: an RSA
 * private key in PKCS#8 PEM (`openssl genpkey`) and its public half in SPKI PEM (`openssl pkey -pubout`).
 */
export interface ClientKey {
  /** The `kid` the guide's mod_auth_openidc block puts before `#` in its key files. */
  keyId: string;
  privateKeyFile: string;
  publicKeyFile: string;
  /** The public key as a JWK with `kid`, `use` and `alg`, as a vendor pastes it. */
  publicJwk: PublicJwk;
}

/** How a stock RP authenticates at the token endpoint, and with what. */
export type ClientAuth =
  | { method: 'client_secret_basic'; clientSecret: string }
  | { method: 'private_key_jwt'; key: ClientKey };

/** Makes a key pair in `dir` (the RP's directory: Apache's parent reads it as root in CI). */
export async function makeClientKey(dir: string, keyId: string): Promise<ClientKey> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 3072,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const privateKeyFile = path.join(dir, `${keyId}.pem`);
  const publicKeyFile = path.join(dir, `${keyId}.pub.pem`);
  await writeFile(privateKeyFile, privateKey, { mode: 0o600 });
  await writeFile(publicKeyFile, publicKey, { mode: 0o644 });
  const { n, e } = createPublicKey(publicKey).export({ format: 'jwk' });
  if (!n || !e) throw new Error('an RSA public key without n and e');
  return {
    keyId,
    privateKeyFile,
    publicKeyFile,
    publicJwk: { kty: 'RSA', kid: keyId, use: 'sig', alg: 'RS256', n, e },
  };
}

/**
 * Runs a shell command the guide prints (Debian's /usr/bin first on PATH, so `python3` is the
 * one with python3-authlib) and parses what it writes on stdout as JSON.
 */
export async function runGuideCommand(command: string, env: Record<string, string>): Promise<unknown> {
  const { stdout } = await promisify(execFile)('/bin/sh', ['-c', command], {
    env: { PATH: '/usr/bin:/bin', ...env },
    timeout: 15_000,
  });
  return JSON.parse(stdout);
}
