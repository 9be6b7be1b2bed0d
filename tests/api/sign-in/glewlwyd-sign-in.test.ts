import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { freePort } from '../../setup/free-port.ts';
import { type Glewlwyd, glewlwydInstalled, startGlewlwyd } from '../../setup/glewlwyd.ts';
import { makeTempDir } from '../../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// The sign-in path against an OpenID Provider nobody here wrote: Debian's glewlwyd, configured
// without a person (docs/decisions/025). .ci/run installs it; without it this file says so and skips.
const installed = glewlwydInstalled();
if (!installed)
  console.warn('glewlwyd is not installed (apt-get install glewlwyd): skipping its sign-in tests');

const USER = {
  username: 'eline',
  password: 'Geheim-wachtwoord-123',
  name: 'Eline de Wit',
  email: 'eline.dewit@gemeente.example',
};
// Letters and digits only: glewlwyd does not form-decode Basic credentials (RFC 6749 2.3.1), and
// openid-client encodes every other character (decision 025).
const CLIENT_SECRET = 'GlewlwydClientSecret0123456789';
let server: TestServer;
let glewlwyd: Glewlwyd;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

describe.runIf(installed)('sign-in through glewlwyd', () => {
  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}/api/oidc`;
    server = await startTestServer({
      RESIDENT_SIGN_IN_ISSUER: issuer,
      RESIDENT_SIGN_IN_CLIENT_ID: 'inwonercloud',
      RESIDENT_SIGN_IN_CLIENT_SECRET: CLIENT_SECRET,
      STAFF_SIGN_IN_ISSUER: issuer,
      STAFF_SIGN_IN_CLIENT_ID: 'inwonercloud',
      STAFF_SIGN_IN_CLIENT_SECRET: CLIENT_SECRET,
      STAFF_SIGN_IN_SCOPE: 'openid',
      SIGN_IN_LIMIT_PER_MINUTE: '10000',
    });
    temp = await makeTempDir();
    glewlwyd = await startGlewlwyd(temp.dir, port, {
      clientId: 'inwonercloud',
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${server.url}/auth/residents/callback`, `${server.url}/auth/staff/callback`],
      user: USER,
    });
  }, 60_000);
  afterAll(async () => {
    await glewlwyd?.stop();
    await server?.close();
    await temp?.remove();
  });

  /** Signs in at glewlwyd's login API, grants the scope and continues, as its login page does. */
  async function throughGlewlwyd(browser: WebBrowser, start: string) {
    const started = await browser.fetch(start);
    const authorization = WebBrowser.location(started, start);
    expect(new URL(authorization).origin).toBe(glewlwyd.url);
    const json = { 'content-type': 'application/json' };
    const login = await browser.fetch(`${glewlwyd.url}/api/auth/`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: USER.username, password: USER.password }),
    });
    expect(login.status).toBe(200);
    await browser.fetch(`${glewlwyd.url}/api/auth/grant/inwonercloud`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ scope: 'openid' }),
    });
    const answered = await browser.fetch(`${authorization}&g_continue`);
    const callback = WebBrowser.location(answered, authorization);
    expect(new URL(callback).origin).toBe(server.url);
    return browser.fetch(callback);
  }

  it('signs a resident in: PKCE, state and nonce checked, the id a keyed hash, not the sub', async () => {
    const browser = new WebBrowser();

    const response = await throughGlewlwyd(
      browser,
      `${server.url}/auth/residents/sign-in?returnTo=/mijn-apps`,
    );

    expect(response.status, await response.clone().text()).toBe(303);
    expect(response.headers.get('location')).toBe('/mijn-apps');
    const session = SessionSchema.parse(await (await browser.fetch(`${server.url}/api/v1/session`)).json());
    expect(session.user?.id).toMatch(/^r-/);
    expect(session.roles).toEqual([{ role: 'resident', municipality: null }]);
    expect(session.user?.displayName).toBe(USER.email);
  });

  it('refuses staff whose provider does not vouch for the e-mail address (no email_verified)', async () => {
    const browser = new WebBrowser();
    const before = await (await server.store.collection('users')).count({});

    const response = await throughGlewlwyd(browser, `${server.url}/auth/staff/sign-in`);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-reason="email-unverified"');
    expect(await (await server.store.collection('users')).count({})).toBe(before);
  });
});
