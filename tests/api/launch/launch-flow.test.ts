import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;
const REDIRECT = 'https://testapp.example/callback';

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url, {
    draft: {
      claims: [
        { claim: 'given_name', reason: { nl: 'Om je te begroeten.', en: 'To greet you.' }, required: true },
        { claim: 'email', reason: { nl: 'Voor herinneringen.', en: 'For reminders.' }, required: false },
        {
          claim: 'age_over_18',
          reason: { nl: 'Alleen voor volwassenen.', en: 'Adults only.' },
          required: false,
        },
      ],
    },
  });
});
afterAll(() => server.close());

async function residentBrowser(persona = 'resident-fatima') {
  const browser = new CookieBrowser(server.url);
  const signIn = await browser.json('POST', '/api/v1/session/demo', { persona });
  expect(signIn.status).toBe(200);
  return browser;
}

async function consentAndLaunch(browser: CookieBrowser, claims = ['given_name', 'email']) {
  expect((await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims })).status).toBe(200);
  const launch = await browser.json('POST', `/api/v1/apps/${app.slug}/launches`);
  expect(launch.status).toBe(201);
  return LaunchResponseSchema.parse(await launch.json());
}

describe('launch', () => {
  it('signs a consenting resident into the app with exactly the consented and approved claims', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    expect(launch.fields.client_id).toBe(app.clientId);
    expect(launch.fields.iss).toBe(server.url);

    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const callback = await authorize(browser, start);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('iss')).toBe(server.url);
    const tokens = await redeem(config, callback, start);

    const jwks = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token as string, jwks, {
      issuer: server.url,
      audience: app.clientId,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.azp ?? app.clientId).toBe(app.clientId);
    expect(payload.given_name).toBe('Fatima');
    expect(payload.email).toMatch(/@/);
    expect(payload.municipality).toBe('GM0344');
    expect(payload.nonce).toBe(start.nonce);
    expect(typeof payload.jti === 'string' || payload.jti === undefined).toBe(true);
    expect((payload.exp as number) - (payload.iat as number)).toBeLessThanOrEqual(300);
    // Approved but not consented: absent, not null.
    expect('age_over_18' in payload).toBe(false);
    expect('family_name' in payload).toBe(false);
    expect(JSON.stringify(payload)).not.toMatch(/bsn/i);
  });

  it('gives the same resident the same pairwise sub in the same app, and others a different one', async () => {
    const subOf = async (persona: string) => {
      const browser = await residentBrowser(persona);
      const launch = await consentAndLaunch(browser);
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
      const tokens = await redeem(config, await authorize(browser, start), start);
      return decodeJwt(tokens.id_token as string).sub;
    };
    const first = await subOf('resident-fatima');
    expect(await subOf('resident-fatima')).toBe(first);
    expect(await subOf('resident-henk')).not.toBe(first);

    // Same resident, another app: another pseudonym, so apps cannot link residents.
    const other = await publishApp(server.url);
    const browser = await residentBrowser('resident-fatima');
    await browser.json('PUT', `/api/v1/me/consents/${other.slug}`, { claims: ['given_name'] });
    const launch = LaunchResponseSchema.parse(
      await (await browser.json('POST', `/api/v1/apps/${other.slug}/launches`)).json(),
    );
    const config = await discoverClient(server.url, other.clientId, other.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const tokens = await redeem(config, await authorize(browser, start), start);
    expect(decodeJwt(tokens.id_token as string).sub).not.toBe(first);
  });

  it('refuses an expired login hint', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    const hints = await server.store.collection<{ _id: string; expiresAt: Date }>('launch_hints');
    for (const hint of await hints.find({})) {
      await hints.updateOne({ _id: hint._id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    }
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const callback = await authorize(
      browser,
      await startAuthorization(config, launch.fields.login_hint, REDIRECT),
    );
    expect(callback.searchParams.get('error')).toBe('access_denied');
  });

  it('refuses a launch without consent, and after the consent was revoked', async () => {
    const browser = await residentBrowser('resident-henk');
    await browser.json('DELETE', `/api/v1/me/consents/${app.slug}`);
    await expectProblem(await browser.json('POST', `/api/v1/apps/${app.slug}/launches`), 409);
    await consentAndLaunch(browser);
    expect((await browser.json('DELETE', `/api/v1/me/consents/${app.slug}`)).status).toBe(204);
    await expectProblem(await browser.json('POST', `/api/v1/apps/${app.slug}/launches`), 409);
  });

  it('refuses a launch when signed out', async () => {
    const browser = new CookieBrowser(server.url);
    await expectProblem(await browser.json('POST', `/api/v1/apps/${app.slug}/launches`), 401);
  });

  it('refuses a resident whose municipality does not offer the app', async () => {
    const browser = await residentBrowser('resident-sanne');
    await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    await expectProblem(await browser.json('POST', `/api/v1/apps/${app.slug}/launches`), 403);
  });

  it('refuses consent to a claim the app was not approved for', async () => {
    const browser = await residentBrowser();
    const problem = await expectProblem(
      await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name', 'birthdate'] }),
      400,
    );
    expect(problem.errors?.[0]?.field).toBe('claims.1');
  });

  it('refuses a reused login hint and a login hint used in another resident session', async () => {
    const fatima = await residentBrowser();
    const launch = await consentAndLaunch(fatima);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);

    const henk = await residentBrowser('resident-henk');
    const stolen = await authorize(
      henk,
      await startAuthorization(config, launch.fields.login_hint, REDIRECT),
    );
    expect(stolen.searchParams.get('error')).toBe('access_denied');

    const reused = await authorize(
      fatima,
      await startAuthorization(config, launch.fields.login_hint, REDIRECT),
    );
    expect(reused.searchParams.get('error')).toBe('access_denied');
  });

  it('stops a launch when the app is suspended between launch and authorize', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    const reviewer = new CookieBrowser(server.url);
    await reviewer.json('POST', '/api/v1/session/demo', { persona: 'reviewer-jan' });
    expect(
      (await reviewer.json('POST', `/api/v1/apps/${app.slug}/suspension`, { reason: 'Lek gevonden' })).status,
    ).toBe(204);
    try {
      // The suspended app keeps its client for the vendor's test launches only (issue 15): the
      // app gets an access_denied error, never a code.
      const config = await discoverClient(server.url, app.clientId, app.clientSecret);
      const stopped = await authorize(
        browser,
        await startAuthorization(config, launch.fields.login_hint, REDIRECT),
      );
      expect(stopped.origin + stopped.pathname).toBe(REDIRECT);
      expect(stopped.searchParams.get('code')).toBeNull();
      expect(stopped.searchParams.get('error')).toBe('access_denied');
      const direct = await authorize(browser, await startAuthorization(config, undefined, REDIRECT));
      expect(direct.searchParams.get('code')).toBeNull();
      expect(direct.searchParams.get('error')).toBe('access_denied');
      await expectProblem(await browser.json('POST', `/api/v1/apps/${app.slug}/launches`), 404);
    } finally {
      await reviewer.json('DELETE', `/api/v1/apps/${app.slug}/suspension`);
    }
  });

  it('matches redirect_uri exactly: extra path, query, case or scheme is refused', async () => {
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    for (const redirect of [
      `${REDIRECT}/extra`,
      `${REDIRECT}?x=1`,
      REDIRECT.replace('callback', 'Callback'),
      REDIRECT.replace('https', 'http'),
    ]) {
      const browser = await residentBrowser();
      const launch = await consentAndLaunch(browser);
      const start = await startAuthorization(config, launch.fields.login_hint, redirect);
      const response = await browser.fetch(start.url.toString());
      expect(response.status, redirect).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('requires PKCE with S256: missing or plain is refused', async () => {
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const cases: Record<string, string | null>[] = [
      { code_challenge: null, code_challenge_method: null },
      { code_challenge_method: 'plain' },
    ];
    for (const overrides of cases) {
      const browser = await residentBrowser();
      const launch = await consentAndLaunch(browser);
      const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT, overrides);
      const { url } = await browser.follow(start.url.toString());
      const location = new URL(url);
      expect(location.searchParams.get('error')).toBe('invalid_request');
    }
  });

  it('redeems a code once: a replay is refused', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const callback = await authorize(browser, start);
    await redeem(config, callback, start);
    await expect(redeem(config, callback, start)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it("records the launch in the resident's consents: when, and which claims the app received", async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser, ['given_name', 'age_over_18']);
    const before = Date.now();

    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    await redeem(config, await authorize(browser, start), start);

    const consents = (await (await browser.json('GET', '/api/v1/me/consents')).json()) as {
      slug: string;
      lastLaunch: { at: string; claims: string[] } | null;
    }[];
    const mine = consents.find((c) => c.slug === app.slug);
    expect(mine?.lastLaunch?.claims).toEqual(['given_name', 'age_over_18']);
    expect(Date.parse(mine?.lastLaunch?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a code redeemed after its 60 seconds', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const callback = await authorize(browser, start);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      await expect(redeem(config, callback, start)).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a wrong client secret', async () => {
    const browser = await residentBrowser();
    const launch = await consentAndLaunch(browser);
    const good = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(good, launch.fields.login_hint, REDIRECT);
    const callback = await authorize(browser, start);
    const bad = await discoverClient(server.url, app.clientId, 'not-the-secret');
    await expect(redeem(bad, callback, start)).rejects.toMatchObject({ status: 401 });
  });

  it('marks token and launch responses no-store and no-referrer', async () => {
    const browser = await residentBrowser();
    await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    const launch = await browser.json('POST', `/api/v1/apps/${app.slug}/launches`);
    expect(launch.headers.get('cache-control')).toContain('no-store');
    expect(launch.headers.get('referrer-policy')).toBe('no-referrer');
    const token = await fetch(`${server.url}/oidc/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
      },
      body:
        'grant_type=authorization_code&code=nope&redirect_uri=https%3A%2F%2Ftestapp.example%2Fcallback&code_verifier=' +
        'a'.repeat(43),
    });
    expect(token.status).toBe(400);
    expect(token.headers.get('cache-control')).toContain('no-store');
    expect(token.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('publishes discovery with pairwise subjects, S256 and the iss response parameter', async () => {
    const discovery = (await (
      await fetch(`${server.url}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(server.url);
    expect(discovery.subject_types_supported).toEqual(['pairwise']);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.authorization_response_iss_parameter_supported).toBe(true);
    expect(discovery.jwks_uri).toBe(`${server.url}/.well-known/jwks.json`);
    const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys.map((k) => k.alg).sort()).toEqual(['ES256', 'RS256']);
    for (const key of jwks.keys) {
      expect(key.d).toBeUndefined();
      expect(key.p).toBeUndefined();
      expect(key.use).toBe('sig');
      expect(key.kid).toBeTruthy();
    }
  });
});
