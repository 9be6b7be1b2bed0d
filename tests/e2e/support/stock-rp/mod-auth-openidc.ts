import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClientAuth, ClientKey } from './client-key.ts';
import { guideBlock } from './integration-guide.ts';
import { type RunningRp, startRpProcess } from './rp-process.ts';

const MODULES = '/usr/lib/apache2/modules';

/** The launch registration the guide tells a mod_auth_openidc vendor to enter. */
export function modAuthOpenidcRegistration(appUrl: string) {
  return {
    initiateLoginUri: `${appUrl}/inwonercloud/callback`,
    initiateLoginMethod: 'GET' as const,
    redirectUris: [`${appUrl}/inwonercloud/callback`],
    idTokenSignedResponseAlg: 'RS256' as const,
  };
}

/**
 * What the guide's private_key_jwt section adds to it: the method, and as `jwksUri` the address
 * where the module publishes the public key of its `OIDCPublicKeyFiles` (the platform fetches it;
 * loopback http is accepted in demo mode, as in this test server).
 */
export function modAuthOpenidcKeyRegistration(appUrl: string, _key: ClientKey) {
  return {
    tokenEndpointAuthMethod: 'private_key_jwt' as const,
    jwksUri: `${appUrl}/inwonercloud/callback?jwks=rsa`,
  };
}

export const hasModAuthOpenidc = () =>
  existsSync('/usr/sbin/apache2') && existsSync(path.join(MODULES, 'mod_auth_openidc.so'));

/**
 * Debian's Apache httpd with Debian's mod_auth_openidc, unprivileged, in its own ServerRoot on a
 * loopback port. The server part (modules, ports, logs) is ours; the OpenID Connect part is the
 * guide's block, included verbatim, with the values a vendor puts in environment variables.
 */
export async function startModAuthOpenidc(options: {
  dir: string;
  port: number;
  issuer: string;
  clientId: string;
  auth: ClientAuth;
}): Promise<RunningRp> {
  const root = path.join(options.dir, 'mod-auth-openidc');
  const appUrl = `http://127.0.0.1:${options.port}`;
  await mkdir(path.join(root, 'htdocs'), { recursive: true });
  // The app behind Apache: one static page. Everything about signing in is the module's.
  await writeFile(
    path.join(root, 'htdocs', 'index.html'),
    '<!doctype html><title>App</title><h1>De app</h1>\n',
  );
  const { auth } = options;
  await writeFile(
    path.join(root, 'inwonercloud.conf'),
    guideBlock(auth.method === 'private_key_jwt' ? 'mod_auth_openidc-private_key_jwt' : 'mod_auth_openidc'),
  );
  const asRoot = process.getuid?.() === 0;
  const lines = [
    `ServerRoot ${root}`,
    `PidFile ${root}/httpd.pid`,
    `Listen 127.0.0.1:${options.port}`,
    'ServerName 127.0.0.1',
    ...[
      ['mpm_event_module', 'mod_mpm_event.so'],
      ['authz_core_module', 'mod_authz_core.so'],
      ['authn_core_module', 'mod_authn_core.so'],
      ['authz_user_module', 'mod_authz_user.so'],
      ['dir_module', 'mod_dir.so'],
      ['mime_module', 'mod_mime.so'],
      ['auth_openidc_module', 'mod_auth_openidc.so'],
    ].map(([name, file]) => `LoadModule ${name} ${MODULES}/${file}`),
    // Started as root (CI), Apache's workers drop to nobody; as anyone else they stay that user.
    ...(asRoot ? ['User nobody', 'Group nogroup'] : []),
    'TypesConfig /etc/mime.types',
    `ErrorLog ${root}/error.log`,
    'LogLevel warn',
    `DocumentRoot ${root}/htdocs`,
    'DirectoryIndex index.html',
    `Include ${root}/inwonercloud.conf`,
  ];
  await writeFile(path.join(root, 'httpd.conf'), `${lines.join('\n')}\n`);
  if (asRoot) {
    for (const dir of [options.dir, root, path.join(root, 'htdocs')]) await chmod(dir, 0o755);
  }
  return startRpProcess('/usr/sbin/apache2', ['-f', path.join(root, 'httpd.conf'), '-DFOREGROUND'], {
    url: appUrl,
    cwd: root,
    env: {
      INWONERCLOUD_ISSUER: options.issuer,
      INWONERCLOUD_CLIENT_ID: options.clientId,
      ...(auth.method === 'private_key_jwt'
        ? {
            INWONERCLOUD_KEY_ID: auth.key.keyId,
            INWONERCLOUD_PRIVATE_KEY_FILE: auth.key.privateKeyFile,
            INWONERCLOUD_PUBLIC_KEY_FILE: auth.key.publicKeyFile,
          }
        : { INWONERCLOUD_CLIENT_SECRET: auth.clientSecret }),
      APP_URL: appUrl,
      OIDC_CRYPTO_PASSPHRASE: randomBytes(32).toString('base64url'),
    },
    logFile: () => {
      try {
        return readFileSync(path.join(root, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
  });
}
