import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { freePort } from '../../setup/free-port.ts';
import { type Lemonldap, lemonldapInstalled, startLemonldap } from '../../setup/lemonldap.ts';
import { makeTempDir } from '../../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// The sign-in path, and the sign-out at the provider, against Debian's lemonldap-ng, configured
// without a person (decision 029). .ci/run installs it; without it this file says so and skips.
const installed = lemonldapInstalled();
if (!installed) console.warn('lemonldap-ng is not installed: skipping its sign-in tests');

const CLIENT_SECRET = 'LemonldapClientSecret0123456789';
let server: TestServer;
let llng: Lemonldap;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

describe.runIf(installed)('sign-in through lemonldap-ng', () => {
  beforeAll(async () => {
    const port = await freePort();
    server = await startTestServer({
      // lemonldap-ng's issuer identifier ends in "/": given as is (decision 029).
      RESIDENT_SIGN_IN_ISSUER: `http://127.0.0.1:${port}/`,
      RESIDENT_SIGN_IN_CLIENT_ID: 'inwonercloud',
      RESIDENT_SIGN_IN_CLIENT_SECRET: CLIENT_SECRET,
      // Staff sign in at the same provider, with the same registration: an organisation's IdP.
      STAFF_SIGN_IN_ISSUER: `http://127.0.0.1:${port}/`,
      STAFF_SIGN_IN_CLIENT_ID: 'inwonercloud',
      STAFF_SIGN_IN_CLIENT_SECRET: CLIENT_SECRET,
      PLATFORM_ADMINS: 'dwho@badwolf.org',
      SIGN_IN_LIMIT_PER_MINUTE: '10000',
    });
    temp = await makeTempDir();
    llng = await startLemonldap(temp.dir, port, {
      clientId: 'inwonercloud',
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${server.url}/auth/residents/callback`, `${server.url}/auth/staff/callback`],
      postLogoutRedirectUris: [`${server.url}/`],
    });
  }, 90_000);
  afterAll(async () => {
    await llng?.stop();
    await server?.close();
    await temp?.remove();
  });

  async function sessionOf(browser: WebBrowser) {
    return SessionSchema.parse(await (await browser.fetch(`${server.url}/api/v1/session`)).json());
  }

  /** Fills in lemonldap-ng's login form (Demo authentication: dwho/dwho, rtyler/rtyler) as a browser would. */
  async function throughLemonldap(browser: WebBrowser, start: string, user = 'dwho') {
    const started = await browser.fetch(start);
    const authorization = WebBrowser.location(started, start);
    expect(new URL(authorization).origin).toBe(llng.url);
    const form = await (await browser.fetch(authorization)).text();
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1] ?? '';
    const answered = await browser.postForm(authorization, {
      user,
      password: user,
      token: hidden('token'),
      url: hidden('url'),
    });
    const callback = WebBrowser.location(answered, authorization);
    expect(new URL(callback).origin).toBe(server.url);
    return browser.fetch(callback);
  }

  it('signs a resident in: PKCE, state and nonce checked, the id a keyed hash', async () => {
    const browser = new WebBrowser();

    const response = await throughLemonldap(
      browser,
      `${server.url}/auth/residents/sign-in?returnTo=/mijn-apps`,
    );

    expect(response.status, await response.clone().text()).toBe(303);
    expect(response.headers.get('location')).toBe('/mijn-apps');
    const session = SessionSchema.parse(await (await browser.fetch(`${server.url}/api/v1/session`)).json());
    expect(session.user?.id).toMatch(/^r-/);
    // The id is a keyed hash, not lemonldap-ng's user name; the name shown is the address it released.
    expect(session.user?.id).not.toContain('dwho');
    expect(session.user?.displayName).toBe('dwho@badwolf.org');
    expect(session.upstreamSignOut).toBe(true);
  });

  it('sends the browser to the end_session_endpoint of lemonldap-ng with id_token_hint at sign-out', async () => {
    const browser = new WebBrowser();
    await throughLemonldap(browser, `${server.url}/auth/residents/sign-in`);

    const out = await browser.postForm(`${server.url}/auth/sign-out`, {});
    const endSession = new URL(WebBrowser.location(out, server.url));

    expect(endSession.origin).toBe(llng.url);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(endSession.pathname).toBe('/oauth2/logout');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/`);
    // lemonldap-ng takes the request and asks the person to confirm (that click is not automated).
    const atProvider = await browser.fetch(endSession.toString());
    expect(atProvider.status).toBe(200);
    expect((await sessionOf(browser)).user).toBeNull();
  });

  it('signs a member of staff in at the same provider: the address in PLATFORM_ADMINS is the platform admin', async () => {
    const browser = new WebBrowser();
    const response = await throughLemonldap(browser, `${server.url}/auth/staff/sign-in?returnTo=/beheer`);
    expect(response.status, await response.clone().text()).toBe(303);
    expect(response.headers.get('location')).toBe('/beheer');
    const session = await sessionOf(browser);
    expect(session.user?.id).toMatch(/^s-/);
    expect(session.roles).toEqual([{ role: 'platform-admin' }]);
  });

  it('refuses a member of staff without an invitation', async () => {
    const response = await throughLemonldap(new WebBrowser(), `${server.url}/auth/staff/sign-in`, 'rtyler');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('data-reason="no-invitation"');
  });
});
