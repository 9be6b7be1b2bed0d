import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

/**
 * Issue 15, "Inloggen met Inwonercloud": an app starts the sign-in itself, without a hint, as
 * any stock RP does when a resident opens it directly. The platform signs the resident in, checks
 * offer, live status and consent, asks consent inside the flow when needed, and returns to the app.
 */
const REDIRECT = 'https://testapp.example/callback';
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url);
});
afterAll(() => server.close());

async function signIn(browser: CookieBrowser, persona: string) {
  expect((await browser.json('POST', '/api/v1/session/demo', { persona })).status).toBe(200);
}

describe('app-initiated sign-in', () => {
  it('signs the resident in, asks consent inside the flow, and returns to the app with a code', async () => {
    const browser = new CookieBrowser(server.url);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, undefined, REDIRECT);

    // Not signed in: to the platform's sign-in, which returns to the same request.
    const first = await browser.follow(start.url.toString());
    const signInPage = new URL(first.url);
    expect(signInPage.pathname).toBe('/inloggen');
    const returnTo = signInPage.searchParams.get('terug') as string;
    expect(returnTo.startsWith('/oidc/auth?')).toBe(true);
    await signIn(browser, 'resident-henk');

    // Signed in, no consent yet: the storefront's consent page, which returns to the interaction.
    const second = await browser.follow(`${server.url}${returnTo}`);
    const consentPage = new URL(second.url);
    expect(consentPage.pathname).toBe(`/apps/${app.slug}/toestemming`);
    const interaction = consentPage.searchParams.get('terug') as string;
    expect(interaction).toMatch(/^\/oidc\/interaction\/[A-Za-z0-9_-]+$/);
    expect(
      (await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] })).status,
    ).toBe(200);

    const callback = new URL((await browser.follow(`${server.url}${interaction}`)).url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe(start.state);
    const tokens = await redeem(config, callback, start);
    const claims = decodeJwt(tokens.id_token as string);
    expect(claims.given_name).toBe('Henk');
    expect(claims.municipality).toBe('GM0344');
    expect(claims.test_launch).toBeUndefined();

    // Next time, with session and consent, straight back to the app.
    const again = await startAuthorization(config, undefined, REDIRECT);
    const direct = new URL((await browser.follow(again.url.toString())).url);
    expect(direct.searchParams.get('code')).toBeTruthy();
  });

  it('tells the app access_denied when the resident cancels on the consent page', async () => {
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'resident-sanne');
    const other = await publishApp(server.url, { municipality: ['GM0363'], offerAs: ['admin-amsterdam'] });
    const config = await discoverClient(server.url, other.clientId, other.clientSecret);
    const start = await startAuthorization(config, undefined, REDIRECT);
    const consentPage = new URL((await browser.follow(start.url.toString())).url);
    const interaction = consentPage.searchParams.get('terug') as string;
    const callback = new URL((await browser.follow(`${server.url}${interaction}/abort`)).url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(start.state);
    expect(callback.searchParams.has('iss')).toBe(false);
  });

  it('answers prompt=none with consent_required when consent is missing, with state and without iss', async () => {
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'resident-fatima');
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
    const callback = new URL((await browser.follow(start.url.toString())).url);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('error')).toBe('consent_required');
    expect(callback.searchParams.get('state')).toBe(start.state);
    expect(callback.searchParams.has('iss')).toBe(false);
  });

  it('refuses a suspended app and a revoked consent with an error at the app, never a code or a loop', async () => {
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'resident-fatima');
    expect(
      (await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] })).status,
    ).toBe(200);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const reviewer = new CookieBrowser(server.url);
    await signIn(reviewer, 'reviewer-jan');
    expect(
      (await reviewer.json('POST', `/api/v1/apps/${app.slug}/suspension`, { reason: 'Lek gevonden' })).status,
    ).toBe(204);
    try {
      const start = await startAuthorization(config, undefined, REDIRECT);
      const refused = new URL((await browser.follow(start.url.toString())).url);
      expect(refused.origin + refused.pathname).toBe(REDIRECT);
      expect(refused.searchParams.get('error')).toBe('access_denied');
      expect(refused.searchParams.get('code')).toBeNull();
    } finally {
      await reviewer.json('DELETE', `/api/v1/apps/${app.slug}/suspension`);
    }

    // Revoked consent with prompt=none: consent_required, once, at the app.
    expect((await browser.json('DELETE', `/api/v1/me/consents/${app.slug}`)).status).toBe(204);
    const silent = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
    const answer = new URL((await browser.follow(silent.url.toString())).url);
    expect(answer.searchParams.get('error')).toBe('consent_required');
  });

  it('refuses someone who is not a resident with access_denied', async () => {
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'reviewer-lotte');
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const callback = new URL(
      (await browser.follow((await startAuthorization(config, undefined, REDIRECT)).url.toString())).url,
    );
    expect(callback.searchParams.get('error')).toBe('access_denied');
  });
});
