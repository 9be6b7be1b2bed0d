import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { VendorListingDetailSchema } from '../../../shared/schemas/vendor.ts';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { publishApp } from '../../factories/published-app.ts';
import { type ApiClient, signedIn } from '../../setup/api-client.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { redeem, startAuthorization } from './oidc-flow.ts';

/**
 * Issue 15 part 4: a vendor registers a `jwks_uri` instead of pasting its keys, and authenticates
 * at the token endpoint with private_key_jwt. The platform fetches the keys itself: https only, or
 * loopback http in demo mode (as here), no redirects, bounded in time and size (decision 045).
 */
const REDIRECT = 'https://testapp.example/callback';
let server: TestServer;
let keys: Server;
let keysUrl: string;
let appKey: CryptoKey;
let vendor: ApiClient;
const hits = new Map<string, number>();

async function publicJwks(kid: string) {
  const pair = await generateKeyPair('ES256');
  const { x, y } = await exportJWK(pair.publicKey);
  return {
    privateKey: pair.privateKey,
    jwks: { keys: [{ kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256' }] },
  };
}

beforeAll(async () => {
  const own = await publicJwks('app-key');
  appKey = own.privateKey;
  const body = JSON.stringify(own.jwks);
  // The vendor's key server: the real JWKS, and the ways a key server can misbehave.
  keys = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/jwks.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else if (path === '/huge.json')
      // The real keys, padded: only the size bound refuses it.
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ...own.jwks, pad: 'x'.repeat(40_000) }));
    else if (path === '/slow.json') setTimeout(() => res.writeHead(200).end(body), 5_000).unref();
    else if (path === '/moved.json') res.writeHead(302, { location: '/jwks.json' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
  keysUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  vendor = await signedIn(server.url, 'vendor-samensterk');
});
afterAll(async () => {
  keys.closeAllConnections();
  await new Promise((resolve) => keys.close(resolve));
  await server.close();
});

const registration = (jwksUri: string) => ({
  initiateLoginUri: 'https://testapp.example/launch',
  redirectUris: [REDIRECT],
  idTokenSignedResponseAlg: 'RS256' as const,
  tokenEndpointAuthMethod: 'private_key_jwt' as const,
  jwksUri,
});

/** A draft listing (a client for test launches) whose keys live at `path` on the key server. */
async function draftClient(path: string): Promise<string> {
  const response = await vendor.post('/api/v1/vendor/listings', {
    draft: buildListingDraft({ launch: registration(`${keysUrl}${path}`) }),
  });
  expect(response.status).toBe(201);
  return VendorListingDetailSchema.parse(await response.json()).clientId;
}

/**
 * A token request with a valid client assertion and a made-up code. The provider authenticates
 * the client first: `invalid_grant` means the keys were fetched and the assertion verified,
 * `invalid_client` that it could not authenticate the app.
 */
async function tokenRequest(clientId: string, key: CryptoKey = appKey) {
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: 'app-key' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(server.url)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('1m')
    .sign(key);
  const started = Date.now();
  const response = await fetch(`${server.url}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: 'not-a-real-code',
      redirect_uri: REDIRECT,
      code_verifier: 'v'.repeat(43),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
  return {
    status: response.status,
    ...((await response.json()) as { error: string }),
    ms: Date.now() - started,
  };
}

describe('private_key_jwt with a registered jwks_uri', () => {
  it('signs a resident into the app, the platform fetching the keys from the jwks_uri', async () => {
    const app = await publishApp(server.url, { draft: { launch: registration(`${keysUrl}/jwks.json`) } });
    const resident = new CookieBrowser(server.url);
    await resident.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
    await resident.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    const launch = LaunchResponseSchema.parse(
      await (await resident.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
    );
    const config = await oidc.discovery(
      new URL(server.url),
      app.clientId,
      {},
      oidc.PrivateKeyJwt({ key: appKey, kid: 'app-key' }),
      { execute: [oidc.allowInsecureRequests] },
    );
    const before = hits.get('/jwks.json') ?? 0;
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const callback = new URL((await resident.follow(start.url.toString())).url);
    const tokens = await redeem(config, callback, start);
    expect(tokens.claims()?.given_name).toBe('Fatima');
    expect(hits.get('/jwks.json') ?? 0).toBeGreaterThan(before);
  });

  it('refuses an assertion signed with a key that is not in the jwks_uri', async () => {
    const clientId = await draftClient('/jwks.json');
    expect((await tokenRequest(clientId)).error).toBe('invalid_grant');
    const stranger = await publicJwks('app-key');
    const refused = await tokenRequest(clientId, stranger.privateKey);
    expect(refused).toMatchObject({ status: 401, error: 'invalid_client' });
  });

  it.each([
    ['answers with more than 16 KB', '/huge.json'],
    ['redirects elsewhere', '/moved.json'],
    ['answers 404', '/missing.json'],
  ])('refuses the app (invalid_client) when its jwks_uri %s', async (_label, path) => {
    const clientId = await draftClient(path);
    expect(await tokenRequest(clientId)).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(hits.get(path)).toBeGreaterThan(0);
    // Followed, the redirect would reach the real JWKS and the app would authenticate.
  });

  it('stops waiting for a slow jwks_uri after a few seconds', async () => {
    const clientId = await draftClient('/slow.json');
    const answer = await tokenRequest(clientId);
    expect(answer).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(answer.ms).toBeLessThan(4_500);
  });
});
