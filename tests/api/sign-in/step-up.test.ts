import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../../factories/published-app.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';
import { discoverClient, redeem, startAuthorization } from '../launch/oidc-flow.ts';

// A listing that needs DigiD level Hoog: the app page says so, a launch at Substantieel is refused
// with a code the storefront turns into "sign in again at level Hoog", and the step-up opens it.
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

function json(browser: WebBrowser, method: string, path: string, body?: unknown) {
  return browser.fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('step-up for a listing that needs a higher level', () => {
  it('refuses a launch below the level with step-up-high, and opens after signing in at high', async () => {
    const app = await publishApp(server.url, {
      draft: {
        name: 'Zorgdossier Hoog',
        launch: {
          initiateLoginUri: 'https://zorgdossier.example/launch',
          redirectUris: ['https://zorgdossier.example/callback'],
          idTokenSignedResponseAlg: 'RS256',
          minimumAssurance: 'high',
        },
      },
    });
    const detail = await (await fetch(`${server.url}/api/v1/apps/${app.slug}`)).json();
    expect(detail.minimumAssurance).toBe('high');

    const browser = new WebBrowser();
    await signInUpstream(browser, server.url, 'residents', JAN);
    const claims = detail.claims.map((c: { claim: string }) => c.claim);
    expect((await json(browser, 'PUT', `/api/v1/me/consents/${app.slug}`, { claims })).status).toBe(200);

    const refused = await json(browser, 'POST', `/api/v1/apps/${app.slug}/launches`);
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('step-up-high');

    // The storefront's button: the same sign-in path with acr=high, back to the app page.
    await signInUpstream(browser, server.url, 'residents', JAN, {
      acr: 'high',
      returnTo: `/apps/${app.slug}`,
    });
    const opened = await json(browser, 'POST', `/api/v1/apps/${app.slug}/launches`);
    expect(opened.status).toBe(201);
  });

  it('leaves minimumAssurance out of an app that does not ask for a level', async () => {
    const app = await publishApp(server.url, { draft: { name: 'Gewone App' } });
    const detail = await (await fetch(`${server.url}/api/v1/apps/${app.slug}`)).json();
    expect(detail).not.toHaveProperty('minimumAssurance');
  });
});

describe('an app that asks for a level itself (acr_values)', () => {
  const REDIRECT = 'https://kluisje.example/callback';
  const HIGH = 'http://eidas.europa.eu/LoA/high';

  /** An app that does not name a minimum level in its registration: it asks in the request. */
  const publishKluisje = () =>
    publishApp(server.url, {
      draft: {
        launch: {
          initiateLoginUri: 'https://kluisje.example/launch',
          redirectUris: [REDIRECT],
          idTokenSignedResponseAlg: 'RS256',
        },
      },
    });

  /** Jan, signed in at his usual "substantial", consented, and the app's request asking "high". */
  async function askHigh() {
    const app = await publishKluisje();
    const browser = new WebBrowser();
    await signInUpstream(browser, server.url, 'residents', JAN);
    expect(
      (await json(browser, 'PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] })).status,
    ).toBe(200);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, undefined, REDIRECT, { acr_values: HIGH });
    const asked = await browser.fetch(start.url.toString());
    expect(asked.status).toBe(303);
    const stepUp = new URL(WebBrowser.location(asked, start.url.toString()), server.url);
    expect(stepUp.pathname).toBe('/auth/residents/sign-in');
    expect(stepUp.searchParams.get('acr')).toBe('high');
    const returnTo = stepUp.searchParams.get('returnTo') as string;
    expect(returnTo.startsWith('/oidc/auth?')).toBe(true);
    return { browser, config, start, returnTo };
  }

  it('sends a resident below it to sign in again at that level, then on to the app', async () => {
    const { browser, config, start, returnTo } = await askHigh();
    const stepped = await signInUpstream(browser, server.url, 'residents', JAN, { acr: 'high', returnTo });
    const back = await browser.follow(
      new URL(WebBrowser.location(stepped.response, server.url), server.url).href,
      (next) => new URL(next).origin === new URL(server.url).origin,
    );
    const callback = new URL(back.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    const claims = decodeJwt((await redeem(config, callback, start)).id_token as string);
    expect(claims.acr).toBe(HIGH);
  });

  it('does not send the resident round again when the broker gave less: the app hears login_required', async () => {
    const { browser, returnTo } = await askHigh();
    // The broker signs Jan in at his own level, whatever was asked.
    const stepped = await signInUpstream(browser, server.url, 'residents', JAN, {
      acr: 'high',
      returnTo,
      tamperAuthorization: (url) => url.searchParams.delete('acr_values'),
    });
    const back = await browser.follow(
      new URL(WebBrowser.location(stepped.response, server.url), server.url).href,
      (next) => new URL(next).origin === new URL(server.url).origin,
    );
    const callback = new URL(back.url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('error')).toBe('login_required');
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('signs a resident without a session in at that level from the start, then asks consent in the flow', async () => {
    const app = await publishKluisje();
    const browser = new WebBrowser();
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, undefined, REDIRECT, { acr_values: HIGH });
    const asked = await browser.fetch(start.url.toString());
    const signIn = new URL(WebBrowser.location(asked, start.url.toString()), server.url);
    expect(signIn.pathname).toBe('/auth/residents/sign-in');
    expect(signIn.searchParams.get('acr')).toBe('high');
    const returnTo = signIn.searchParams.get('returnTo') as string;
    const signedIn = await signInUpstream(browser, server.url, 'residents', JAN, { acr: 'high', returnTo });
    // Back at the app's request, now at "high": no consent yet, so the consent page inside the flow.
    const back = await browser.follow(
      new URL(WebBrowser.location(signedIn.response, server.url), server.url).href,
      (next) => new URL(next).origin === new URL(server.url).origin && !next.includes('/toestemming'),
    );
    expect(new URL(back.url).pathname).toBe(`/apps/${app.slug}/toestemming`);
  });
});
