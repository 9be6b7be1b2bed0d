import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

/**
 * Issue 9: consent revoked after the code was issued still released given_name and email. The
 * token endpoint checks again and releases only what is consented at redemption time.
 */
const REDIRECT = 'https://testapp.example/callback';
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url, {
    draft: {
      claims: [
        { claim: 'given_name', reason: { nl: 'Om je te begroeten.', en: 'To greet you.' }, required: true },
        { claim: 'email', reason: { nl: 'Voor herinneringen.', en: 'For reminders.' }, required: false },
      ],
    },
  });
});
afterAll(() => server.close());

/** A resident's launch up to the code, with consent to these claims. */
async function codeFor(claims: string[]) {
  const browser = new CookieBrowser(server.url);
  await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
  expect((await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims })).status).toBe(200);
  const launch = LaunchResponseSchema.parse(
    await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
  );
  const config = await discoverClient(server.url, app.clientId, app.clientSecret);
  const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
  const callback = await authorize(browser, start);
  expect(callback.searchParams.get('code')).toBeTruthy();
  return { browser, config, start, callback };
}

describe('the token endpoint', () => {
  it('refuses the code when the consent was revoked after it was issued', async () => {
    const { browser, config, start, callback } = await codeFor(['given_name', 'email']);
    expect((await browser.json('DELETE', `/api/v1/me/consents/${app.slug}`)).status).toBe(204);
    await expect(redeem(config, callback, start)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('releases only the claims still consented at redemption', async () => {
    const { browser, config, start, callback } = await codeFor(['given_name', 'email']);
    expect(
      (await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] })).status,
    ).toBe(200);
    const claims = decodeJwt((await redeem(config, callback, start)).id_token as string);
    expect(claims.given_name).toBe('Fatima');
    expect('email' in claims).toBe(false);
  });

  it('refuses the code when the app was suspended after it was issued', async () => {
    const { config, start, callback } = await codeFor(['given_name']);
    const reviewer = new CookieBrowser(server.url);
    await reviewer.json('POST', '/api/v1/session/demo', { persona: 'reviewer-jan' });
    expect(
      (await reviewer.json('POST', `/api/v1/apps/${app.slug}/suspension`, { reason: 'Lek gevonden' })).status,
    ).toBe(204);
    try {
      await expect(redeem(config, callback, start)).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      await reviewer.json('DELETE', `/api/v1/apps/${app.slug}/suspension`);
    }
  });
});
