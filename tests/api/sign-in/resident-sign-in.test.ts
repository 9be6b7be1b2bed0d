import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// The whole resident sign-in against a real OpenID Provider in its own process (examples/demo-idp),
// with the platform authenticating by private_key_jwt with its own key (docs/decisions/020).
let server: TestServer;
let idp: DemoIdpProcess;
beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  server = await startTestServer({ ...reserved.platformEnv, SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  idp = await startDemoIdp(server.url, reserved.port);
}, 60_000);
afterAll(async () => {
  await idp?.stop();
  await server?.close();
});

const JAN = '999990019';

async function sessionOf(browser: WebBrowser) {
  const response = await browser.fetch(`${server.url}/api/v1/session`);
  return SessionSchema.parse(await response.json());
}

/** Everything the store holds about people and sessions, to prove what is (not) kept. */
async function storedPeople(): Promise<string> {
  const users = await (await server.store.collection('users')).find({});
  const sessions = await (await server.store.collection('sessions')).find({});
  return JSON.stringify({ users, sessions });
}

async function counts() {
  return {
    users: await (await server.store.collection('users')).count({}),
    sessions: await (await server.store.collection('sessions')).count({}),
  };
}

async function expectRefused(response: Response, status: number, reason: string) {
  expect(response.status).toBe(status);
  const body = await response.text();
  expect(body).toContain(`data-reason="${reason}"`);
  expect(body).toMatch(/Inloggen is niet gelukt/);
}

describe('resident sign-in through the broker', () => {
  it('signs Jan in with DigiD, with his municipality and assurance, and returns him where he was', async () => {
    const browser = new WebBrowser();

    const { response, authorizationUrl } = await signInUpstream(browser, server.url, 'residents', JAN, {
      returnTo: '/apps/budgetcoach?tab=1',
    });

    const authorization = new URL(authorizationUrl);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')?.length).toBeGreaterThanOrEqual(20);
    expect(authorization.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(20);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/apps/budgetcoach?tab=1');
    const session = await sessionOf(browser);
    expect(session.user?.displayName).toBe('Jan Jansen');
    expect(session.roles).toEqual([{ role: 'resident', municipality: 'GM0344' }]);
    expect(session.assurance).toBe('substantial');
    expect(session.user?.id).toMatch(/^r-[A-Za-z0-9_-]{43}$/);
  });

  it('returns to a long path too, such as an app’s authorization request (up to 1,536 characters)', async () => {
    const returnTo = `/apps/budgetcoach?${'q'.repeat(1500)}`;
    const { response } = await signInUpstream(new WebBrowser(), server.url, 'residents', JAN, { returnTo });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(returnTo);
  });

  it('never stores the broker subject (the BSN): the person id is a keyed hash of iss + sub', async () => {
    const browser = new WebBrowser();

    await signInUpstream(browser, server.url, 'residents', JAN);

    expect(await storedPeople()).not.toContain(JAN);
    const again = await sessionOf(browser);
    const other = new WebBrowser();
    await signInUpstream(other, server.url, 'residents', JAN);
    expect((await sessionOf(other)).user?.id).toBe(again.user?.id);
  });

  it('signs in a resident without a municipality claim, who may not open apps yet', async () => {
    const browser = new WebBrowser();

    await signInUpstream(browser, server.url, 'residents', '999990032');

    const session = await sessionOf(browser);
    expect(session.roles).toEqual([{ role: 'resident', municipality: null }]);
    expect(session.assurance).toBe('low');
    const consents = await browser.fetch(`${server.url}/api/v1/me/consents`);
    expect(consents.status).toBe(200);
  });

  it('asks the broker for a higher level with acr_values (step-up)', async () => {
    const browser = new WebBrowser();

    const { authorizationUrl } = await signInUpstream(browser, server.url, 'residents', JAN, { acr: 'high' });

    expect(new URL(authorizationUrl).searchParams.get('acr_values')).toBe('http://eidas.europa.eu/LoA/high');
    expect((await sessionOf(browser)).assurance).toBe('high');
  });
});

describe('refused resident sign-ins store nothing', () => {
  it('refuses a forged state', async () => {
    const before = await counts();
    const { response } = await signInUpstream(new WebBrowser(), server.url, 'residents', JAN, {
      tamperCallback: (url) => url.searchParams.set('state', 'forged-state-forged-state-forged'),
    });
    await expectRefused(response, 400, 'state');
    expect(await counts()).toEqual(before);
  });

  it('refuses a replayed callback, with and without the flow cookie', async () => {
    const browser = new WebBrowser();
    const platformJar = browser.jar(new URL(server.url).origin);
    let flowCookie = '';
    const first = await signInUpstream(browser, server.url, 'residents', JAN, {
      tamperCallback: () => {
        flowCookie = platformJar.get('ic_sign_in') ?? '';
      },
    });
    expect(first.response.status).toBe(303);
    const before = await counts();

    const replay = await browser.fetch(first.callbackUrl);
    await expectRefused(replay, 400, 'flow-missing');

    platformJar.set('ic_sign_in', flowCookie);
    const replayWithCookie = await browser.fetch(first.callbackUrl);
    await expectRefused(replayWithCookie, 400, 'invalid-response');
    expect(await counts()).toEqual(before);
  });

  it('refuses an ID token with another nonce than this sign-in asked for', async () => {
    const before = await counts();
    const { response } = await signInUpstream(new WebBrowser(), server.url, 'residents', JAN, {
      tamperAuthorization: (url) => url.searchParams.set('nonce', 'a-nonce-from-another-sign-in-attempt'),
    });
    await expectRefused(response, 400, 'nonce');
    expect(await counts()).toEqual(before);
  });

  it('refuses an answer that names another issuer (RFC 9207 mix-up)', async () => {
    const before = await counts();
    const { response } = await signInUpstream(new WebBrowser(), server.url, 'residents', JAN, {
      tamperCallback: (url) => url.searchParams.set('iss', 'https://evil-broker.example'),
    });
    await expectRefused(response, 400, 'issuer');

    const { response: withoutIss } = await signInUpstream(new WebBrowser(), server.url, 'residents', JAN, {
      tamperCallback: (url) => url.searchParams.delete('iss'),
    });
    expect(withoutIss.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/api/v1/session',
    '/oidc/token',
    '/oidc/interaction/abc',
    '/auth/residents/sign-in',
    `/apps/${'a'.repeat(1540)}`,
  ])('refuses returnTo=%s before anything is sent to the broker', async (returnTo) => {
    const browser = new WebBrowser();
    const response = await browser.fetch(
      `${server.url}/auth/residents/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
    );
    await expectRefused(response, 400, 'return-to');
    expect(browser.jar(new URL(server.url).origin).size).toBe(0);
  });

  it('refuses a callback that nobody started', async () => {
    const response = await new WebBrowser().fetch(`${server.url}/auth/residents/callback?code=x&state=y`);
    await expectRefused(response, 400, 'flow-missing');
  });
});
