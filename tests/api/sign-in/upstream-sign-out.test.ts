import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// Signing out ends the session at the broker too (RP-initiated logout), against the demo IdP in
// its own process; the ID token for id_token_hint is kept sealed on the server (decision 026).
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
  return SessionSchema.parse(await (await browser.fetch(`${server.url}/api/v1/session`)).json());
}

/** Starts a sign-in and follows it: to the IdP's account page (200 there) or back to the platform. */
async function startAgain(browser: WebBrowser): Promise<'account-page' | 'signed-in-at-once'> {
  const { url, response } = await browser.follow(`${server.url}/auth/residents/sign-in`, (next) =>
    next.startsWith(idp.url),
  );
  if (!response.bodyUsed) await response.arrayBuffer();
  return url.startsWith(idp.url) && response.status === 200 ? 'account-page' : 'signed-in-at-once';
}

function formOf(html: string, id: string) {
  const form = html.slice(html.lastIndexOf('<form', html.indexOf(`id="${id}"`)));
  const action = /<form[^>]*action="([^"]+)"/.exec(form)?.[1]?.replaceAll('&#38;', '&') ?? '';
  const fields = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  return { action, fields };
}

describe('signing out of an upstream session', () => {
  it('ends the platform session and sends the browser to end it at the broker with id_token_hint', async () => {
    const browser = new WebBrowser();
    await signInUpstream(browser, server.url, 'residents', JAN);
    expect((await sessionOf(browser)).upstreamSignOut).toBe(true);
    // While the broker's session lives, a new sign-in there needs no choice of account.
    expect(await startAgain(browser)).toBe('signed-in-at-once');
    const stored = JSON.stringify(await (await server.store.collection('sessions')).find({}));
    expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/); // no readable JWT in the store, only sealed ones
    expect(stored).not.toContain(JAN);

    const response = await browser.postForm(`${server.url}/auth/sign-out`, {});

    expect(response.status).toBe(303);
    const endSession = new URL(WebBrowser.location(response, server.url));
    expect(endSession.origin).toBe(idp.url);
    expect(endSession.searchParams.get('client_id')).toBe('inwonercloud-residents');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect((await sessionOf(browser)).user).toBeNull();

    // At the broker: the confirmation, then back to the platform's start page.
    const confirm = await browser.fetch(endSession.toString());
    expect(confirm.status).toBe(200);
    const logout = formOf(await confirm.text(), 'op.logoutForm');
    const done = await browser.postForm(new URL(logout.action, idp.url).toString(), {
      ...(logout.fields as Record<string, string>),
      logout: 'yes',
    });
    expect(WebBrowser.location(done, idp.url)).toBe(`${server.url}/`);
    expect(await startAgain(browser)).toBe('account-page');
  });

  it('does not go to the broker when the browser signs out a second time', async () => {
    const browser = new WebBrowser();
    await signInUpstream(browser, server.url, 'residents', JAN);
    const cookie = [...browser.jar(server.url)].map(([k, v]) => `${k}=${v}`).join('; ');
    await browser.postForm(`${server.url}/auth/sign-out`, {});

    // A copy of the old cookie finds no session and learns no ID token.
    const again = await fetch(`${server.url}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: server.url },
      redirect: 'manual',
    });

    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/');
  });

  it('refuses a sign-out posted from another site, and the session stays', async () => {
    const browser = new WebBrowser();
    await signInUpstream(browser, server.url, 'residents', JAN);

    const response = await browser.fetch(`${server.url}/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });

    expect(response.status).toBe(403);
    const nullOrigin = await browser.fetch(`${server.url}/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'null', 'sec-fetch-site': 'cross-site' },
    });
    expect(nullOrigin.status).toBe(403);
    expect((await sessionOf(browser)).user?.displayName).toBe('Jan Jansen');
  });

  it('sends someone without a session to the start page, storing nothing', async () => {
    const browser = new WebBrowser();
    const before = await (await server.store.collection('sessions')).count({});

    const response = await browser.postForm(`${server.url}/auth/sign-out`, {});

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(await (await server.store.collection('sessions')).count({})).toBe(before);
  });

  it('signs a demo session out here only, as it has no upstream session', async () => {
    const browser = new WebBrowser();
    const demo = await browser.fetch(`${server.url}/api/v1/session/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ persona: 'resident-fatima' }),
    });
    expect(demo.status).toBe(200);
    expect((await sessionOf(browser)).upstreamSignOut).toBeUndefined();

    const out = await browser.postForm(`${server.url}/auth/sign-out`, {});

    expect(out.status).toBe(303);
    expect((await sessionOf(browser)).user).toBeNull();
  });
});
