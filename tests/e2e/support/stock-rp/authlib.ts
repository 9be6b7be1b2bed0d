import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublicJwks } from '../../../../shared/schemas/jwks.ts';
import { type ClientAuth, type ClientKey, runGuideCommand } from './client-key.ts';
import { guideBlock } from './integration-guide.ts';
import { type RunningRp, startRpProcess } from './rp-process.ts';

/** Debian's Python, where python3-authlib and python3-flask are installed (not a pyenv shim). */
const PYTHON = '/usr/bin/python3';

/** The launch registration the guide tells an Authlib + Flask vendor to enter. */
export function authlibRegistration(appUrl: string) {
  return {
    initiateLoginUri: `${appUrl}/login`,
    initiateLoginMethod: 'GET' as const,
    redirectUris: [`${appUrl}/callback`],
    idTokenSignedResponseAlg: 'RS256' as const,
  };
}

/**
 * What the guide's private_key_jwt section adds to it: the method, and as `jwks` what the guide's
 * command prints for the app's private key file (run as printed, with Debian's python3-authlib).
 */
export async function authlibKeyRegistration(_appUrl: string, key: ClientKey) {
  const jwks = await runGuideCommand(guideBlock('authlib-private_key_jwt-jwks'), {
    INWONERCLOUD_PRIVATE_KEY_FILE: key.privateKeyFile,
  });
  return { tokenEndpointAuthMethod: 'private_key_jwt' as const, jwks: jwks as PublicJwks };
}

export const hasAuthlib = () =>
  existsSync(PYTHON) && existsSync('/usr/lib/python3/dist-packages/authlib/__init__.py');

/** The guide's Flask app, as printed, run by Debian's Python on a loopback port. */
export async function startAuthlibRp(options: {
  dir: string;
  port: number;
  issuer: string;
  clientId: string;
  auth: ClientAuth;
}): Promise<RunningRp> {
  const root = path.join(options.dir, 'authlib');
  const appUrl = `http://127.0.0.1:${options.port}`;
  await mkdir(root, { recursive: true });
  const { auth } = options;
  await writeFile(
    path.join(root, 'app.py'),
    guideBlock(auth.method === 'private_key_jwt' ? 'authlib-private_key_jwt' : 'authlib'),
  );
  return startRpProcess(PYTHON, [path.join(root, 'app.py')], {
    url: appUrl,
    cwd: root,
    env: {
      INWONERCLOUD_ISSUER: options.issuer,
      INWONERCLOUD_CLIENT_ID: options.clientId,
      ...(auth.method === 'private_key_jwt'
        ? { INWONERCLOUD_PRIVATE_KEY_FILE: auth.key.privateKeyFile }
        : { INWONERCLOUD_CLIENT_SECRET: auth.clientSecret }),
      APP_URL: appUrl,
      APP_SECRET_KEY: randomBytes(32).toString('base64url'),
      PORT: String(options.port),
    },
  });
}
