import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

const REDIRECT = 'https://testapp.example/callback';
const PARALLEL = 50;
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url);
});
afterAll(() => server.close());

async function startedLaunch() {
  const browser = new CookieBrowser(server.url);
  await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
  await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
  const launch = (await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json()) as {
    fields: { login_hint: string };
  };
  return { browser, hint: launch.fields.login_hint };
}

describe('launch races', () => {
  it(`lets exactly one of ${PARALLEL} parallel uses of one login hint through`, async () => {
    const { browser, hint } = await startedLaunch();
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const callbacks = await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        // Same resident session, separate provider cookies: as if the tab was opened 50 times.
        const tab = new CookieBrowser(server.url);
        for (const [name, value] of browser.cookies) tab.cookies.set(name, value);
        return authorize(tab, await startAuthorization(config, hint, REDIRECT));
      }),
    );
    const codes = callbacks.filter((url) => url.searchParams.has('code'));
    expect(codes).toHaveLength(1);
    expect(callbacks.filter((url) => url.searchParams.get('error') === 'access_denied')).toHaveLength(
      PARALLEL - 1,
    );
  });

  it(`redeems one authorization code exactly once among ${PARALLEL} parallel attempts`, async () => {
    const { browser, hint } = await startedLaunch();
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, hint, REDIRECT);
    const callback = await authorize(browser, start);
    const results = await Promise.allSettled(
      Array.from({ length: PARALLEL }, () => redeem(config, callback, start)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const rejected of results.filter((r) => r.status === 'rejected')) {
      expect((rejected as PromiseRejectedResult).reason).toMatchObject({ error: 'invalid_grant' });
    }
  });
});
