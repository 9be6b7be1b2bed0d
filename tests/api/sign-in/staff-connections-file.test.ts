import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.ts';
import { SessionSchema, SignInMethodsSchema } from '../../../shared/schemas/session.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// More staff connections from a file (STAFF_SIGN_IN_FILE, decision 028): each has its own paths,
// the sign-in page lists it, secrets come from the environment, and a bad file stops the start.
let server: TestServer;
let idp: DemoIdpProcess;
const dir = mkdtempSync(path.join(tmpdir(), 'staff-connections-'));

function writeConnections(name: string, entries: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  const file = writeConnections('connections.json', [
    {
      name: 'gemeente-demo',
      label: 'Gemeente Demo (Entra ID)',
      issuer: reserved.url,
      clientId: 'inwonercloud-staff',
      clientSecretEnv: 'GEMEENTE_DEMO_SECRET',
    },
  ]);
  const {
    STAFF_SIGN_IN_ISSUER: _i,
    STAFF_SIGN_IN_CLIENT_ID: _c,
    STAFF_SIGN_IN_CLIENT_SECRET: secret,
    ...env
  } = reserved.platformEnv;
  server = await startTestServer({
    ...env,
    STAFF_SIGN_IN_FILE: file,
    GEMEENTE_DEMO_SECRET: secret as string,
    PLATFORM_ADMINS: 'pim.deboer@beheer.example',
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
  });
  idp = await startDemoIdp(server.url, reserved.port);
}, 60_000);
afterAll(async () => {
  await idp?.stop();
  await server?.close();
});

describe('staff connections from STAFF_SIGN_IN_FILE', () => {
  it('lists each connection for the sign-in page, and no secret', async () => {
    const response = await fetch(`${server.url}/api/v1/session/sign-in-methods`);
    const text = await response.text();
    const methods = SignInMethodsSchema.parse(JSON.parse(text));

    expect(methods.staff).toBe(false);
    expect(methods.staffConnections).toEqual([{ name: 'gemeente-demo', label: 'Gemeente Demo (Entra ID)' }]);
    expect(text).not.toContain('secret');
  });

  it('signs staff in through /auth/staff/<name>/sign-in and its own callback', async () => {
    const browser = new WebBrowser();

    const { response, authorizationUrl } = await signInUpstream(
      browser,
      server.url,
      'staff/gemeente-demo',
      'staff-pim',
      { returnTo: '/beheer' },
    );

    expect(new URL(authorizationUrl).searchParams.get('redirect_uri')).toBe(
      `${server.url}/auth/staff/gemeente-demo/callback`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/beheer');
    const session = SessionSchema.parse(await (await browser.fetch(`${server.url}/api/v1/session`)).json());
    expect(session.roles).toContainEqual({ role: 'platform-admin' });
  });

  it('does not mix up connections: a callback at another connection finds no flow', async () => {
    const browser = new WebBrowser();
    const { response } = await signInUpstream(browser, server.url, 'staff/gemeente-demo', 'staff-pim', {
      tamperCallback: (url) => {
        url.pathname = '/auth/residents/callback';
      },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-reason="flow-missing"');
  });

  it('answers 404 for a connection that is not in the file', async () => {
    const response = await fetch(`${server.url}/auth/staff/elders/sign-in`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    const proto = await fetch(`${server.url}/auth/staff/constructor/sign-in`, { redirect: 'manual' });
    expect(proto.status).toBe(404);
  });
});

describe('checking STAFF_SIGN_IN_FILE at start', () => {
  const errorOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    return null;
  };

  it('reports every bad field at once, by index', () => {
    const file = writeConnections('bad.json', [
      { name: 'Gemeente X', label: '', issuer: 'http://idp.example', clientId: 'x' },
      { name: 'ok', label: 'OK', issuer: 'https://idp.example', clientId: 'y', extra: true },
    ]);
    const message = errorOf({ STAFF_SIGN_IN_FILE: file }) ?? '';

    expect(message).toContain('STAFF_SIGN_IN_FILE[0].name');
    expect(message).toContain('STAFF_SIGN_IN_FILE[0].label');
    expect(message).toContain('STAFF_SIGN_IN_FILE[0].issuer');
    expect(message).toMatch(/STAFF_SIGN_IN_FILE\[1\].*extra/);
  });

  it('needs the secret in the environment variable the file names', () => {
    const file = writeConnections('secret.json', [
      { name: 'x', label: 'X', issuer: 'https://idp.example', clientId: 'x', clientSecretEnv: 'X_SECRET' },
    ]);

    expect(errorOf({ STAFF_SIGN_IN_FILE: file })).toContain('STAFF_SIGN_IN_FILE[0].clientSecretEnv');
    expect(errorOf({ STAFF_SIGN_IN_FILE: file, X_SECRET: 'a-secret-of-enough-length' })).toBeNull();
  });

  it('refuses a missing file and a name used twice', () => {
    expect(errorOf({ STAFF_SIGN_IN_FILE: path.join(dir, 'nope.json') })).toContain('ENOENT');
    const twice = writeConnections('twice.json', [
      { name: 'a', label: 'A', issuer: 'https://a.example', clientId: 'a' },
      { name: 'a', label: 'B', issuer: 'https://b.example', clientId: 'b' },
    ]);
    expect(errorOf({ STAFF_SIGN_IN_FILE: twice })).toContain('STAFF_SIGN_IN_FILE[1].name: used twice');
  });
});
