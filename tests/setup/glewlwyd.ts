import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Debian's glewlwyd (`apt-get install glewlwyd`): an OpenID Provider nobody here wrote. */
export const GLEWLWYD_BIN = '/usr/bin/glewlwyd';
const SCHEMA = '/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3';
const BASE_CONFIG = '/etc/glewlwyd/glewlwyd.conf';

export const glewlwydInstalled = () =>
  existsSync(GLEWLWYD_BIN) && existsSync(SCHEMA) && existsSync(BASE_CONFIG);

export interface Glewlwyd {
  url: string;
  issuer: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs glewlwyd on its own SQLite database in `dir`, configured without a person through its
 * admin API (the default admin of its install script): an OIDC plugin with an RSA key and PKCE,
 * one user, and one confidential client for the platform's callback.
 */
export async function startGlewlwyd(
  dir: string,
  port: number,
  setup: {
    clientId: string;
    clientSecret: string;
    redirectUris: string[];
    user: { username: string; password: string; name: string; email: string };
  },
): Promise<Glewlwyd> {
  const url = `http://127.0.0.1:${port}`;
  const db = new Database(path.join(dir, 'glewlwyd.db'));
  db.exec(readFileSync(SCHEMA, 'utf8'));
  db.close();
  const config = readFileSync(BASE_CONFIG, 'utf8')
    .replace(/^port=.*$/m, `port=${port}`)
    .replace(/^external_url=.*$/m, `external_url="${url}"`)
    .replace(/^log_mode=.*$/m, 'log_mode="console"')
    .replace(
      /^@include "\/etc\/glewlwyd\/glewlwyd-db.conf"$/m,
      `database = { type = "sqlite3" path = "${path.join(dir, 'glewlwyd.db')}" }`,
    );
  writeFileSync(path.join(dir, 'glewlwyd.conf'), config);
  const child = spawn(GLEWLWYD_BIN, [`--config-file=${path.join(dir, 'glewlwyd.conf')}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  if (process.env.GLEWLWYD_LOG) child.stdout?.on('data', (c: Buffer) => process.stderr.write(c));
  const deadline = Date.now() + 20_000;
  while (!output.includes('Glewlwyd started')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`glewlwyd did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  let cookie = '';
  const admin = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${url}/api${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    if (response.status !== 200)
      throw new Error(`glewlwyd ${method} ${pathname}: ${response.status} ${await response.text()}`);
  };
  await admin('POST', '/auth/', { username: 'admin', password: 'password' });
  const issuer = `${url}/api/oidc`;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const plugin = {
    module: 'oidc',
    name: 'oidc',
    display_name: 'OpenID Connect',
    parameters: {
      iss: issuer,
      'jwt-type': 'rsa',
      'jwt-key-size': '256',
      key: privateKey.export({ type: 'pkcs1', format: 'pem' }),
      cert: publicKey.export({ type: 'spki', format: 'pem' }),
      'access-token-duration': 300,
      'refresh-token-duration': 600,
      'code-duration': 60,
      'refresh-token-rolling': false,
      'auth-type-code-enabled': true,
      'auth-type-code-revoke-replayed': true,
      'allow-non-oidc': false,
      'allowed-scope': ['openid'],
      'pkce-allowed': true,
      'pkce-method-plain-allowed': false,
      'secret-type': 'pairwise',
      'name-claim': 'mandatory',
      'email-claim': 'mandatory',
      'scope-claim': 'no',
      'address-claim': {
        type: 'no',
        formatted: '',
        street_address: '',
        locality: '',
        region: '',
        postal_code: '',
        country: '',
        mandatory: false,
      },
      'jwks-show': true,
      claims: [],
      scope: [],
      'additional-parameters': [],
    },
  };
  // Creating the plugin stores it; updating and resetting it loads it with these parameters.
  await admin('POST', '/mod/plugin/', plugin).catch(() => undefined);
  await admin('PUT', '/mod/plugin/oidc', plugin);
  await admin('PUT', '/mod/plugin/oidc/enable');
  await admin('PUT', '/mod/plugin/oidc/reset');
  await admin('PUT', '/scope/openid', {
    name: 'openid',
    display_name: 'Open ID',
    description: 'Open ID Connect scope',
    password_required: true,
    password_max_age: 0,
    scheme: {},
  });
  await admin('POST', '/user/', { ...setup.user, enabled: true, scope: ['openid'] });
  await admin('POST', '/client/', {
    client_id: setup.clientId,
    name: 'Inwonercloud',
    confidential: true,
    password: setup.clientSecret,
    client_secret: setup.clientSecret,
    token_endpoint_auth_method: ['client_secret_basic'],
    redirect_uri: setup.redirectUris,
    authorization_type: ['code', 'authorization_code'],
    scope: ['openid'],
    enabled: true,
  });
  return {
    url,
    issuer,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
