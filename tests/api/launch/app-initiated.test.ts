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

  describe('prompt=none (silent sign-in, decision 044)', () => {
    it('issues a code to a signed-in resident who has consented, and the token carries the consented claims', async () => {
      const browser = new CookieBrowser(server.url);
      await signIn(browser, 'resident-henk');
      expect(
        (await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] })).status,
      ).toBe(200);
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      const start = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      // Silent means silent: one redirect, straight to the app. An interaction, a sign-in page or
      // a consent page on the way would need more hops, and `follow` throws then.
      const callback = new URL((await browser.follow(start.url.toString(), 2)).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      expect(callback.searchParams.get('error')).toBeNull();
      expect(callback.searchParams.get('code')).toBeTruthy();
      const tokens = await redeem(config, callback, start);
      const claims = decodeJwt(tokens.id_token as string);
      expect(claims.given_name).toBe('Henk');
      expect(claims.municipality).toBe('GM0344');
      expect(claims.nonce).toBe(start.nonce);
      expect(claims.acr).toBe('http://eidas.europa.eu/LoA/substantial');
      // The code is single use, as any other.
      await expect(redeem(config, callback, start)).rejects.toMatchObject({ error: 'invalid_grant' });
    });

    it('answers login_required when nobody is signed in, and stores nothing for it', async () => {
      const browser = new CookieBrowser(server.url);
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      const start = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      expect(callback.searchParams.get('error')).toBe('login_required');
      expect(callback.searchParams.get('state')).toBe(start.state);
      expect(callback.searchParams.get('code')).toBeNull();
    });

    it('answers consent_required when the resident is signed in but has not consented', async () => {
      const browser = new CookieBrowser(server.url);
      await signIn(browser, 'resident-henk');
      const fresh = await publishApp(server.url);
      const config = await discoverClient(server.url, fresh.clientId, fresh.clientSecret);
      const start = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.searchParams.get('error')).toBe('consent_required');
      expect(callback.searchParams.get('code')).toBeNull();
    });

    it('follows the platform session: after signing out, login_required; another resident gets their own pseudonym', async () => {
      const browser = new CookieBrowser(server.url);
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      await signIn(browser, 'resident-henk');
      await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
      const first = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      const henk = decodeJwt(
        (await redeem(config, new URL((await browser.follow(first.url.toString())).url), first))
          .id_token as string,
      );
      expect((await browser.json('DELETE', '/api/v1/session')).status).toBe(204);
      const afterSignOut = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      expect(new URL((await browser.follow(afterSignOut.url.toString())).url).searchParams.get('error')).toBe(
        'login_required',
      );

      await signIn(browser, 'resident-fatima');
      await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
      const second = await startAuthorization(config, undefined, REDIRECT, { prompt: 'none' });
      const fatima = decodeJwt(
        (await redeem(config, new URL((await browser.follow(second.url.toString())).url), second))
          .id_token as string,
      );
      expect(fatima.given_name).toBe('Fatima');
      expect(fatima.sub).not.toBe(henk.sub);
    });
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

  it('launches the resident signed in now, after another resident used the same browser', async () => {
    // A library computer: Henk opens the app and signs out, then Fatima opens it. The provider's
    // own session still remembers Henk; it must neither stop Fatima nor hand her Henk's token.
    const browser = new CookieBrowser(server.url);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const names: unknown[] = [];
    for (const persona of ['resident-henk', 'resident-fatima']) {
      await signIn(browser, persona);
      await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
      const start = await startAuthorization(config, undefined, REDIRECT);
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      names.push(decodeJwt((await redeem(config, callback, start)).id_token as string).given_name);
      expect((await browser.json('DELETE', '/api/v1/session')).status).toBe(204);
    }
    expect(names).toEqual(['Henk', 'Fatima']);
  });

  it('asks a resident below the listing’s minimum level to sign in again (login_required), with or without prompt=none', async () => {
    // Demo personas sign in at "substantial"; this app's reviewed registration asks for "high".
    const strict = await publishApp(server.url, {
      draft: {
        launch: {
          initiateLoginUri: 'https://testapp.example/launch',
          redirectUris: [REDIRECT],
          idTokenSignedResponseAlg: 'RS256',
          minimumAssurance: 'high',
        },
      },
    });
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'resident-henk');
    await browser.json('PUT', `/api/v1/me/consents/${strict.slug}`, { claims: ['given_name'] });
    expect((await browser.json('POST', `/api/v1/apps/${strict.slug}/launches`)).status).toBe(401);
    const config = await discoverClient(server.url, strict.clientId, strict.clientSecret);
    for (const prompt of [{}, { prompt: 'none' }] as Record<string, string>[]) {
      const start = await startAuthorization(config, undefined, REDIRECT, prompt);
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      expect(callback.searchParams.get('error')).toBe('login_required');
      expect(callback.searchParams.get('code')).toBeNull();
    }
  });

  describe('acr_values: the level the app asks for (decision 021)', () => {
    const loa = (level: string) => `http://eidas.europa.eu/LoA/${level}`;

    async function signInAs(acrValues: string, prompt: Record<string, string> = {}) {
      const browser = new CookieBrowser(server.url);
      await signIn(browser, 'resident-henk');
      await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      const start = await startAuthorization(config, undefined, REDIRECT, {
        acr_values: acrValues,
        ...prompt,
      });
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      return { config, start, callback };
    }

    it('answers login_required when the resident signed in below it, with or without prompt=none', async () => {
      // Demo personas sign in at "substantial"; without a broker there is no step-up to offer.
      for (const prompt of [{}, { prompt: 'none' }] as Record<string, string>[]) {
        const { callback } = await signInAs(loa('high'), prompt);
        expect(callback.searchParams.get('error')).toBe('login_required');
        expect(callback.searchParams.get('error_description')).toContain('level high');
        expect(callback.searchParams.get('code')).toBeNull();
      }
    });

    it('launches when the resident’s level meets it, or meets one of the alternatives asked', async () => {
      for (const acrValues of [loa('substantial'), loa('low'), `${loa('high')} ${loa('substantial')}`]) {
        const { config, start, callback } = await signInAs(acrValues);
        expect(callback.searchParams.get('code'), acrValues).toBeTruthy();
        const claims = decodeJwt((await redeem(config, callback, start)).id_token as string);
        expect(claims.acr).toBe(loa('substantial'));
      }
    });

    it('leaves aside values it does not know: the token’s acr says what the sign-in had', async () => {
      const { config, start, callback } = await signInAs('urn:example:loa:4');
      expect(callback.searchParams.get('code')).toBeTruthy();
      const claims = decodeJwt((await redeem(config, callback, start)).id_token as string);
      expect(claims.acr).toBe(loa('substantial'));
    });
  });

  it('refuses someone who is not a resident with access_denied', async () => {
    const browser = new CookieBrowser(server.url);
    await signIn(browser, 'reviewer-lotte');
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    // Asking a level changes nothing for staff: not a resident, whatever the level.
    for (const overrides of [{}, { acr_values: 'http://eidas.europa.eu/LoA/high' }] as Record<
      string,
      string
    >[]) {
      const start = await startAuthorization(config, undefined, REDIRECT, overrides);
      const callback = new URL((await browser.follow(start.url.toString())).url);
      expect(callback.searchParams.get('error')).toBe('access_denied');
    }
  });
});
