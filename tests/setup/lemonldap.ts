import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Debian's lemonldap-ng as an OpenID Provider, set up without a person (decision 029): its own
// config directory, the Demo authentication (users dwho/dwho, rtyler/rtyler), keys from its
// rotateOidcKeys, one relying party through its CLI, and the portal run by plackup (no web server).
const PORTAL = '/usr/share/lemonldap-ng/portal/htdocs/index.psgi';
const BIN = '/usr/share/lemonldap-ng/bin';

export const lemonldapInstalled = () =>
  existsSync(PORTAL) && existsSync('/usr/bin/plackup') && existsSync(`${BIN}/lemonldap-ng-cli`);

export interface Lemonldap {
  url: string;
  issuer: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startLemonldap(
  dir: string,
  port: number,
  rp: { clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris: string[] },
): Promise<Lemonldap> {
  const url = `http://127.0.0.1:${port}`;
  for (const sub of ['conf', 'sessions', 'psessions', 'cache'])
    mkdirSync(path.join(dir, sub), { recursive: true });
  copyFileSync('/var/lib/lemonldap-ng/conf/lmConf-1.json', path.join(dir, 'conf', 'lmConf-1.json'));
  const ini = readFileSync('/etc/lemonldap-ng/lemonldap-ng.ini', 'utf8')
    .replaceAll('/var/lib/lemonldap-ng/conf', path.join(dir, 'conf'))
    .replaceAll('/var/lib/lemonldap-ng/cache', path.join(dir, 'cache'));
  const iniFile = path.join(dir, 'lemonldap-ng.ini');
  writeFileSync(iniFile, ini);
  const env = { ...process.env, LLNG_DEFAULTCONFFILE: iniFile };
  // The portal runs as www-data when the tests run as root (plackup refuses nothing, but the
  // package's files expect it); everything it reads and writes is in this directory.
  chmodSync(dir, 0o777);
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  const cli = (...args: string[]) => {
    try {
      execFileSync(`${BIN}/lemonldap-ng-cli`, ['-yes', '1', ...args], { env, stdio: 'pipe' });
    } catch {
      // The CLI saves the new configuration, then fails to tell a portal on port 80 to reload: harmless.
    }
  };
  execFileSync(`${BIN}/rotateOidcKeys`, [], { env, stdio: 'pipe' });
  // Each step writes a new lmConf-N.json, root-only; the CLI reads as the web server's user.
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  cli('set', 'portal', `${url}/`, 'domain', '127.0.0.1', 'issuerDBOpenIDConnectActivation', '1');
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  const key = `oidcRPMetaDataOptions/inwonercloud`;
  cli(
    'addKey',
    key,
    'oidcRPMetaDataOptionsClientID',
    rp.clientId,
    key,
    'oidcRPMetaDataOptionsClientSecret',
    rp.clientSecret,
    key,
    'oidcRPMetaDataOptionsRedirectUris',
    rp.redirectUris.join(' '),
    key,
    'oidcRPMetaDataOptionsPostLogoutRedirectUris',
    rp.postLogoutRedirectUris.join(' '),
    key,
    'oidcRPMetaDataOptionsBypassConsent',
    '1',
    // Its default is HS512 (signed with the client secret); the platform expects RS256, as the profile says.
    key,
    'oidcRPMetaDataOptionsIDTokenSignAlg',
    'RS256',
    // The platform reads the person from the ID token (it calls no userinfo endpoint); lemonldap-ng
    // puts the claims there only when told to (decision 029).
    key,
    'oidcRPMetaDataOptionsIDTokenForceClaims',
    '1',
    'oidcRPMetaDataExportedVars/inwonercloud',
    'email',
    'mail',
    'oidcRPMetaDataExportedVars/inwonercloud',
    'name',
    'cn',
    // The Demo users' addresses count as verified (a macro that is always 1), as an organisation's
    // own directory would say: staff sign-in needs `email_verified` (decision 022).
    'oidcRPMetaDataExportedVars/inwonercloud',
    'email_verified',
    'emailVerified;bool',
    'macros',
    'emailVerified',
    '1',
  );
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : 'plackup';
  const args = ['-p', String(port), '--host', '127.0.0.1', PORTAL];
  const child = spawn(
    command,
    asRoot ? ['-u', 'www-data', '--', 'env', `LLNG_DEFAULTCONFFILE=${iniFile}`, 'plackup', ...args] : args,
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/.well-known/openid-configuration`);
      // The login page answers 200 too: up means the OpenID Provider's metadata.
      if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error('lemonldap-ng portal did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    issuer: `${url}/`,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
