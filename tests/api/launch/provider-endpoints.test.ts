import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { discoverClient, startAuthorization } from './oidc-flow.ts';

const REDIRECT = 'https://testapp.example/callback';
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url);
});
afterAll(() => server.close());

/** Records the provider stores per request: what an anonymous flood used to fill (issue 9). */
async function storedRecords(): Promise<number> {
  let total = 0;
  for (const model of ['interaction', 'session', 'grant', 'authorizationcode']) {
    total += (await (await server.store.collection(`provider_${model}`)).find({})).length;
  }
  return total;
}

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

function authorizeUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'openid',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    state: 'st-1',
    ...params,
  });
  return `${server.url}/oidc/auth?${query}`;
}

describe('the anonymous authorization request (issue 9)', () => {
  it('refuses an oversize parameter with 400 naming it, and stores nothing', async () => {
    const before = await storedRecords();
    for (const [field, value] of Object.entries({
      login_hint: 'x'.repeat(14_000),
      state: 's'.repeat(5_000),
      nonce: 'n'.repeat(2_000),
      acr_values: 'a'.repeat(2_000),
    })) {
      const problem = await expectProblem(
        await fetch(authorizeUrl({ [field]: value }), { redirect: 'manual' }),
        400,
      );
      expect(problem.errors?.[0]?.field).toBe(field);
    }
    expect(await storedRecords()).toBe(before);
  });

  it('sends the browser to sign in without storing anything, and comes back to the same request', async () => {
    const before = await storedRecords();
    const url = authorizeUrl({ login_hint: 'some-hint', nonce: 'n-1' });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') as string, server.url);
    expect(location.pathname).toBe('/inloggen');
    expect(location.searchParams.get('terug')).toBe(url.slice(server.url.length));
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await storedRecords()).toBe(before);
  });

  it('answers prompt=none without a session with login_required to the app, with state and without iss', async () => {
    const before = await storedRecords();
    const response = await fetch(authorizeUrl({ prompt: 'none', nonce: 'n-1' }), { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') as string);
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('error')).toBe('login_required');
    expect(location.searchParams.get('state')).toBe('st-1');
    expect(location.searchParams.has('iss')).toBe(false);
    expect(await storedRecords()).toBe(before);
  });

  it('leaves iss out of an error in form_post and fragment responses too', async () => {
    const form = await fetch(authorizeUrl({ prompt: 'none', response_mode: 'form_post' }), {
      redirect: 'manual',
    });
    const html = await form.text();
    expect(html).toContain('name="error" value="login_required"');
    expect(html).toContain('name="state" value="st-1"');
    expect(html).not.toContain('name="iss"');
    const fragment = await fetch(authorizeUrl({ prompt: 'none', response_mode: 'fragment' }), {
      redirect: 'manual',
    });
    const hash = new URLSearchParams(new URL(fragment.headers.get('location') as string).hash.slice(1));
    expect(hash.get('error')).toBe('login_required');
    expect(hash.has('iss')).toBe(false);
  });

  it('does not detour an unknown client or redirect URI through the sign-in page', async () => {
    const cases: Record<string, string>[] = [
      { client_id: 'app-nope' },
      { redirect_uri: 'https://evil.example/cb' },
    ];
    for (const params of cases) {
      const response = await fetch(authorizeUrl(params), { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });
});

describe('client authentication at the token endpoint (issue 9)', () => {
  it('serves each endpoint at one path: every other spelling is 404, a wrong method 405', async () => {
    const hash = createHash('sha256').update(app.clientSecret).digest('base64url');
    for (const path of [
      '/oidc/token/',
      '/oidc/TOKEN',
      '/oidc/Token',
      '/oidc//token',
      '/oidc/%74oken',
      '/oidc/request',
    ]) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: basic(app.clientId, hash),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=authorization_code&code=x&redirect_uri=x&code_verifier=x',
      });
      await expectProblem(response, 404);
    }
    const interaction = await fetch(`${server.url}/oidc/interaction/unknown-uid`, { method: 'POST' });
    expect(interaction.status).toBe(405);
    await expectProblem(await fetch(`${server.url}/oidc/interaction/unknown-uid`), 400);
    const options = await fetch(`${server.url}/oidc/token`, { method: 'OPTIONS' });
    expect(options.status).toBe(405);
    expect(options.headers.get('allow')).toBe('POST');
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never accepts the stored hash of the secret as the secret', async () => {
    const hash = createHash('sha256').update(app.clientSecret).digest('base64url');
    const tokenRequest = (secret: string) =>
      fetch(`${server.url}/oidc/token`, {
        method: 'POST',
        headers: {
          authorization: basic(app.clientId, secret),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=authorization_code&code=unknown&redirect_uri=https%3A%2F%2Ftestapp.example%2Fcallback&code_verifier=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      });
    const withHash = await tokenRequest(hash);
    expect(withHash.status).toBe(401);
    expect(((await withHash.json()) as { error: string }).error).toBe('invalid_client');
    // The real secret authenticates: the unknown code is what fails then.
    const withSecret = await tokenRequest(app.clientSecret);
    expect(withSecret.status).toBe(400);
    expect(((await withSecret.json()) as { error: string }).error).toBe('invalid_grant');
  });
});

describe('discovery (issues 9, 15)', () => {
  it('advertises exactly what works, with no wildcard CORS', async () => {
    const response = await fetch(`${server.url}/.well-known/openid-configuration`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.grant_types_supported).toEqual(['authorization_code']);
    expect(discovery.response_types_supported).toEqual(['code']);
    expect(discovery.pushed_authorization_request_endpoint).toBeUndefined();
    expect(discovery.dpop_signing_alg_values_supported).toBeUndefined();
    expect(discovery.userinfo_endpoint).toBeUndefined();
    expect(discovery.token_endpoint_auth_methods_supported).toEqual([
      'private_key_jwt',
      'client_secret_basic',
    ]);
    expect(discovery.token_endpoint_auth_signing_alg_values_supported).toEqual(['RS256', 'PS256', 'ES256']);
    expect(discovery.request_parameter_supported).toBe(true);
    expect(discovery.request_object_signing_alg_values_supported).toEqual(['RS256', 'PS256', 'ES256']);
    expect(discovery.token_endpoint).toBe(`${server.url}/oidc/token`);
    expect(discovery.request_uri_parameter_supported).toBe(false);
    expect(discovery.subject_types_supported).toEqual(['pairwise']);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.claims_supported).not.toContain('amr');
    const jwks = await fetch(`${server.url}/.well-known/jwks.json`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(jwks.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('derives the issuer and every endpoint from PUBLIC_URL, never from the Host header', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const target = new URL(`${server.url}/.well-known/openid-configuration`);
      const req = request(
        target,
        {
          headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body).not.toContain('evil.example');
    const discovery = JSON.parse(body) as Record<string, string>;
    expect(discovery.issuer).toBe(server.url);
    for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri']) {
      expect(discovery[key]?.startsWith(`${server.url}/`), key).toBe(true);
    }
  });
});

describe('limits per client address (issue 9)', () => {
  it('answers 429 once an address made too many authorization or token requests', async () => {
    // A data directory of our own, removed with retries: the server may still be writing its
    // start-up files when this short test closes it.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'inwonercloud-limit-'));
    const limited = await startTestServer({ OIDC_LIMIT_PER_MINUTE: '3' }, { dataDir });
    try {
      for (const path of ['/oidc/auth?client_id=x', '/oidc/token']) {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const response = await fetch(`${limited.url}${path}`, {
            method: path === '/oidc/token' ? 'POST' : 'GET',
            redirect: 'manual',
          });
          await response.arrayBuffer();
          statuses.push(response.status);
        }
        expect(statuses.slice(0, 3)).not.toContain(429);
        expect(statuses.slice(3)).toEqual([429, 429]);
      }
    } finally {
      await limited.close();
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });
});

describe('a signed-in resident', () => {
  it('still gets a proper error at the app for a bad request: nothing loops back to sign-in', async () => {
    const browser = new CookieBrowser(server.url);
    await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-sanne' });
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    // Sanne lives in a municipality (GM0363) that does not offer the app.
    const callback = new URL(
      (await browser.follow((await startAuthorization(config, undefined, REDIRECT)).url.toString())).url,
    );
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBeTruthy();
    expect(callback.searchParams.has('iss')).toBe(false);
  });
});
