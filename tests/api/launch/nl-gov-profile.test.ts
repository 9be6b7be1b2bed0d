import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { redeem, startAuthorization } from './oidc-flow.ts';

/**
 * The NL GOV Assurance profile for OpenID Connect (Logius), provider side (issue 15):
 * private_key_jwt client authentication with keys registered in the reviewed version, signed
 * Request Objects, ID tokens with azp, jti and nbf and without amr, pairwise subjects.
 * docs/conformance/nl-gov-oidc.md points here.
 */
const REDIRECT = 'https://testapp.example/callback';
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;
let appKey: { privateKey: CryptoKey; kid: string };
let otherKey: CryptoKey;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  const pair = await generateKeyPair('ES256', { extractable: true });
  otherKey = (await generateKeyPair('ES256')).privateKey;
  appKey = { privateKey: pair.privateKey, kid: 'app-key-1' };
  const { x, y } = await exportJWK(pair.publicKey);
  const publicJwk = {
    kty: 'EC' as const,
    crv: 'P-256' as const,
    x,
    y,
    kid: 'app-key-1',
    use: 'sig' as const,
    alg: 'ES256' as const,
  };
  app = await publishApp(server.url, {
    draft: {
      launch: {
        initiateLoginUri: 'https://testapp.example/launch',
        redirectUris: [REDIRECT],
        idTokenSignedResponseAlg: 'RS256',
        tokenEndpointAuthMethod: 'private_key_jwt',
        jwks: { keys: [publicJwk] },
      },
    },
  });
});
afterAll(() => server.close());

function keyClient() {
  return oidc.discovery(
    new URL(server.url),
    app.clientId,
    {},
    oidc.PrivateKeyJwt({ key: appKey.privateKey, kid: appKey.kid }),
    { execute: [oidc.allowInsecureRequests] },
  );
}

async function residentWithHint() {
  const browser = new CookieBrowser(server.url);
  await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
  await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
  const launch = LaunchResponseSchema.parse(
    await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
  );
  return { browser, hint: launch.fields.login_hint };
}

describe('NL GOV Assurance profile, provider side', () => {
  it('authenticates the app with private_key_jwt and takes a signed Request Object', async () => {
    const { browser, hint } = await residentWithHint();
    const config = await keyClient();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = await oidc.buildAuthorizationUrlWithJAR(
      config,
      {
        scope: 'openid',
        redirect_uri: REDIRECT,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        login_hint: hint,
        max_age: '600',
      },
      { key: appKey.privateKey, kid: appKey.kid },
    );
    expect(url.searchParams.has('request')).toBe(true);
    expect(url.searchParams.has('login_hint')).toBe(false);
    const callback = new URL((await browser.follow(url.toString())).url);
    expect(callback.searchParams.get('error_description')).toBeNull();
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    expect(claims?.given_name).toBe('Fatima');
    expect(claims?.azp).toBe(app.clientId);
    expect(claims?.aud).toBe(app.clientId);
    expect(typeof claims?.jti).toBe('string');
    expect(claims?.nbf).toBeLessThanOrEqual(claims?.iat as number);
    expect(claims?.amr).toBeUndefined();
    // max_age asked: auth_time is there (OpenID Connect Core 2, NL GOV profile).
    expect(typeof claims?.auth_time).toBe('number');
    // Pairwise: a pseudonym, never the platform's own id of the resident.
    expect(claims?.sub).not.toMatch(/fatima/i);
    expect(claims?.sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('uses only the Request Object: parameters repeated in the query are ignored', async () => {
    const { browser, hint } = await residentWithHint();
    const config = await keyClient();
    const verifier = oidc.randomPKCECodeVerifier();
    const url = await oidc.buildAuthorizationUrlWithJAR(
      config,
      {
        scope: 'openid',
        redirect_uri: REDIRECT,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: 'from-the-request-object',
        nonce: 'n-ro',
        login_hint: hint,
      },
      { key: appKey.privateKey, kid: appKey.kid },
    );
    url.searchParams.set('state', 'from-the-query');
    url.searchParams.set('login_hint', 'forged-hint');
    url.searchParams.set('response_type', 'code');
    const callback = new URL((await browser.follow(url.toString())).url);
    expect(callback.searchParams.get('error')).toBeNull();
    expect(callback.searchParams.get('state')).toBe('from-the-request-object');
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('refuses request_uri, and a code with the wrong code_verifier', async () => {
    const { browser, hint } = await residentWithHint();
    const config = await keyClient();
    const byReference = oidc.buildAuthorizationUrl(config, {
      request_uri: 'https://testapp.example/request.jwt',
      scope: 'openid',
      redirect_uri: REDIRECT,
      response_type: 'code',
      state: 'st-ref',
    });
    const refused = new URL((await browser.follow(byReference.toString())).url);
    expect(refused.searchParams.get('error')).toBe('request_uri_not_supported');

    const start = await startAuthorization(config, hint, REDIRECT);
    const callback = new URL((await browser.follow(start.url.toString())).url);
    const wrong = { ...start, verifier: oidc.randomPKCECodeVerifier() };
    await expect(redeem(config, callback, wrong)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a client secret for an app registered for private_key_jwt', async () => {
    const { browser, hint } = await residentWithHint();
    const config = await keyClient();
    const start = await startAuthorization(config, hint, REDIRECT);
    const callback = new URL((await browser.follow(start.url.toString())).url);
    const response = await fetch(`${server.url}/oidc/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') as string,
        redirect_uri: REDIRECT,
        code_verifier: start.verifier,
      }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_client');
    // The same code still redeems with the registered key.
    const tokens = await redeem(config, callback, start);
    expect(tokens.id_token).toBeTruthy();
  });

  it('refuses a Request Object signed with an unregistered key, or not signed', async () => {
    const { browser } = await residentWithHint();
    const config = await keyClient();
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ client_id: app.clientId, response_type: 'code', scope: 'openid' }),
    ).toString('base64url')}.`;
    const foreign = await new SignJWT({ client_id: app.clientId, response_type: 'code', scope: 'openid' })
      .setProtectedHeader({ alg: 'ES256', kid: appKey.kid })
      .setIssuer(app.clientId)
      .setAudience(server.url)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(otherKey);
    for (const request of [unsigned, foreign]) {
      const url = oidc.buildAuthorizationUrl(config, {
        request,
        scope: 'openid',
        redirect_uri: REDIRECT,
        response_type: 'code',
        state: 'st-ro',
      });
      const callback = new URL((await browser.follow(url.toString())).url);
      expect(callback.origin + callback.pathname).toBe(REDIRECT);
      expect(['invalid_request_object', 'invalid_request']).toContain(callback.searchParams.get('error'));
      expect(callback.searchParams.get('code')).toBeNull();
    }
  });

  it('refuses a registration with a private key or without keys for private_key_jwt', async () => {
    const vendor = new CookieBrowser(server.url);
    await vendor.json('POST', '/api/v1/session/demo', { persona: 'vendor-samensterk' });
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const listing = (await (
      await vendor.json('POST', '/api/v1/vendor/listings', {
        draft: {
          ...(await import('../../factories/listing-draft.ts')).buildListingDraft(),
        },
      })
    ).json()) as { id: string; draft: Record<string, unknown> };
    for (const launch of [
      {
        initiateLoginUri: 'https://testapp.example/launch',
        redirectUris: [REDIRECT],
        tokenEndpointAuthMethod: 'private_key_jwt',
      },
      {
        initiateLoginUri: 'https://testapp.example/launch',
        redirectUris: [REDIRECT],
        tokenEndpointAuthMethod: 'private_key_jwt',
        jwks: { keys: [privateJwk] },
      },
      {
        initiateLoginUri: 'https://testapp.example/launch',
        redirectUris: [REDIRECT],
        tokenEndpointAuthMethod: 'private_key_jwt',
        jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: privateJwk.x, y: privateJwk.y }] },
        jwksUri: 'https://testapp.example/jwks.json',
      },
    ]) {
      const problem = await expectProblem(
        await vendor.json('PUT', `/api/v1/vendor/listings/${listing.id}/draft`, {
          draft: { ...listing.draft, launch },
        }),
        400,
      );
      expect(problem.errors?.some((error) => error.field.startsWith('draft.launch.jwks'))).toBe(true);
      // Nothing of the refused draft was stored.
      const stored = (await (await vendor.json('GET', `/api/v1/vendor/listings/${listing.id}`)).json()) as {
        draft: { launch: Record<string, unknown> };
      };
      expect(stored.draft.launch.tokenEndpointAuthMethod).toBeUndefined();
    }
  });
});
