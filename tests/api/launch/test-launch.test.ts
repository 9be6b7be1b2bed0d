import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

const REDIRECT = 'https://draftapp.example/callback';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
});
afterAll(() => server.close());

async function vendorWithDraft(persona = 'vendor-samensterk') {
  const vendor = new CookieBrowser(server.url);
  await vendor.json('POST', '/api/v1/session/demo', { persona });
  const draft = buildListingDraft({
    launch: {
      initiateLoginUri: 'https://draftapp.example/login',
      redirectUris: [REDIRECT],
      idTokenSignedResponseAlg: 'ES256',
    },
  });
  const listing = (await (await vendor.json('POST', '/api/v1/vendor/listings', { draft })).json()) as {
    id: string;
  };
  return { vendor, listing };
}

describe('vendor test launch', () => {
  it("launches the vendor's own draft as the test resident, with tokens marked as test", async () => {
    const { vendor, listing } = await vendorWithDraft();
    await expectProblem(
      await vendor.json('POST', `/api/v1/vendor/listings/${listing.id}/test-launches`),
      409,
    );
    const secret = (await (
      await vendor.json('POST', `/api/v1/vendor/listings/${listing.id}/client-secrets`)
    ).json()) as {
      clientId: string;
      clientSecret: string;
    };

    const response = await vendor.json('POST', `/api/v1/vendor/listings/${listing.id}/test-launches`);
    expect(response.status).toBe(201);
    const launch = LaunchResponseSchema.parse(await response.json());
    expect(launch.action).toBe('https://draftapp.example/login');
    // The app's one client id (issue 15): a stock RP with one configured client takes it.
    expect(launch.fields.client_id).toBe(secret.clientId);

    const config = await discoverClient(server.url, launch.fields.client_id, secret.clientSecret);
    const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
    const callback = await authorize(vendor, start);
    expect(callback.searchParams.get('error_description')).toBeNull();
    const tokens = await redeem(config, callback, start);
    const claims = decodeJwt(tokens.id_token as string);
    expect(claims.test_launch).toBe(true);
    expect(claims.given_name).toBe('Test');
    expect(claims.aud).toBe(secret.clientId);
    expect(claims.municipality).toBe('GM0000');
  });

  it("never lets a draft's client stand in for a real resident's launch", async () => {
    const { vendor, listing } = await vendorWithDraft();
    const secret = (await (
      await vendor.json('POST', `/api/v1/vendor/listings/${listing.id}/client-secrets`)
    ).json()) as {
      clientId: string;
      clientSecret: string;
    };
    // The draft is not live: its client serves test launches only.
    const real = await discoverClient(server.url, secret.clientId, secret.clientSecret);
    const resident = new CookieBrowser(server.url);
    await resident.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
    for (const hint of ['x', undefined]) {
      const callback = await authorize(resident, await startAuthorization(real, hint, REDIRECT));
      expect(callback.searchParams.get('code')).toBeNull();
      expect(callback.searchParams.get('error')).toBe('access_denied');
    }
    // Nor can the vendor's own test hint be used by anyone else.
    const launch = LaunchResponseSchema.parse(
      await (await vendor.json('POST', `/api/v1/vendor/listings/${listing.id}/test-launches`)).json(),
    );
    const stolen = await authorize(
      resident,
      await startAuthorization(real, launch.fields.login_hint, REDIRECT),
    );
    expect(stolen.searchParams.get('error')).toBe('access_denied');
  });

  it("refuses another organisation's listing with 404", async () => {
    const { listing } = await vendorWithDraft();
    const other = new CookieBrowser(server.url);
    await other.json('POST', '/api/v1/session/demo', { persona: 'vendor-geldfit' });
    await expectProblem(await other.json('POST', `/api/v1/vendor/listings/${listing.id}/test-launches`), 404);
  });
});
