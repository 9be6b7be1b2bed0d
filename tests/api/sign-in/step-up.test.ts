import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../../factories/published-app.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

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
