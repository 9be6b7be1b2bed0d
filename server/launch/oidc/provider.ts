import { createHmac } from 'node:crypto';
import Provider, { type Adapter, type KoaContextWithOIDC } from 'oidc-provider';
import { EIDAS_LOA_URI } from '../../../shared/assurance.ts';
import { CLAIM_IDS } from '../../../shared/claims.ts';
import type { SessionRepository } from '../../identity/session.repository.ts';
import type { KeyRepository } from '../keys/signing-keys.ts';
import { claimValues } from '../released-claims.ts';
import { TEST_RESIDENT_PROFILE } from '../test-resident.ts';
import type { ClientRegistry } from './client-registry.ts';
import { JWKS_URI_MAX_BYTES, jwksFetch } from './jwks-fetch.ts';
import { launchPolicy, type PolicyDeps } from './launch-policy.ts';
import type { LaunchRecordRepository } from './launch-record.repository.ts';
import { INTERACTION_PATH, OIDC_PATHS } from './oidc-paths.ts';
import { providerAdapter } from './provider-adapter.ts';
import { hardenProvider } from './provider-hardening.ts';

interface ProviderDeps extends PolicyDeps {
  issuer: string;
  keys: KeyRepository;
  adapter: (model: string) => Adapter;
  clients: ClientRegistry;
  launchRecords: LaunchRecordRepository;
  people: SessionRepository;
  secureCookies: boolean;
  /** Demo mode: an app's jwks_uri may be http on a loopback host (the demo app on this machine). */
  allowLoopbackJwksUri: boolean;
}

/** The OpenID Provider apps sign residents in with (DESIGN.md "Launch"), on the certified oidc-provider. */
export async function createOidcProvider(deps: ProviderDeps): Promise<Provider> {
  const pairwiseKey = await deps.keys.pairwiseSecret();
  const cookieKey = (await deps.keys.cookieSecret()).toString('base64url');

  const provider = new Provider(deps.issuer, {
    adapter: providerAdapter(deps.adapter, deps.clients) as never,
    jwks: { keys: (await deps.keys.privateJwks()) as never },
    cookies: {
      keys: [cookieKey],
      long: { signed: true, httpOnly: true, sameSite: 'lax', secure: deps.secureCookies },
      short: { signed: true, httpOnly: true, sameSite: 'lax', secure: deps.secureCookies },
    },
    // acr: the resident's sign-in level (eIDAS LoA URI), released with openid (issue 14).
    claims: { acr: null, openid: ['sub', 'acr', 'municipality', 'test_launch', ...CLAIM_IDS] },
    acrValues: Object.values(EIDAS_LOA_URI),
    conformIdTokenClaims: false,
    // Only what works and is tested is on, so discovery advertises exactly that (issue 15).
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      claimsParameter: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      revocation: { enabled: false },
      introspection: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      // Signed Request Objects by value (NL GOV profile); request_uri is not offered by oidc-provider 9.
      requestObjects: { enabled: true, requireSignedRequestObject: false },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: ['openid'],
    subjectTypes: ['pairwise'],
    // A stable pseudonym per resident per app, from a key kept apart from the signing keys.
    pairwiseIdentifier: async (_ctx: KoaContextWithOIDC, accountId: string, client: { clientId: string }) =>
      createHmac('sha256', pairwiseKey).update(`${accountId}\n${client.clientId}`).digest('base64url'),
    // private_key_jwt as the NL GOV profile asks; client_secret_basic as a recorded deviation.
    clientAuthMethods: ['private_key_jwt', 'client_secret_basic'],
    enabledJWA: {
      idTokenSigningAlgValues: ['RS256', 'ES256'],
      // Asymmetric only: a client's `client_secret` here is the stored hash, never an HMAC key.
      clientAuthSigningAlgValues: ['RS256', 'PS256', 'ES256'],
      requestObjectSigningAlgValues: ['RS256', 'PS256', 'ES256'],
    },
    // No refresh tokens: the default (none without offline_access, which is not a scope here)
    // keeps `refresh_token` out of grant_types_supported.
    // A grant is made per launch in the interaction; never reuse one from an earlier launch.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 300,
      AccessToken: 60,
      // Long enough to read the consent page inside the flow; only signed-in residents get one.
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    routes: OIDC_PATHS,
    // An app's registered jwks_uri: https only, no redirects, bounded in time and size (decision 045).
    fetch: jwksFetch(deps.allowLoopbackJwksUri),
    fetchResponseBodyLimits: { jwks_uri: JWKS_URI_MAX_BYTES, sector_identifier_uri: JWKS_URI_MAX_BYTES },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `${INTERACTION_PATH}/${interaction.uid}`,
      policy: launchPolicy(deps),
    },
    findAccount: async (_ctx: KoaContextWithOIDC, sub: string, token?: { grantId?: string }) => {
      const launch = token?.grantId ? await deps.launchRecords.find(token.grantId) : null;
      if (!launch) return { accountId: sub, claims: () => ({ sub }) };
      // Checked again when the code is redeemed: a consent revoked, an app suspended or no longer
      // offered since the code was issued refuses the token, and only what is consented now is
      // released (issue 9). No account means invalid_grant.
      const released = await deps.launches.claimsAtRedemption(launch);
      if (!released) return undefined;
      const profile = launch.test
        ? TEST_RESIDENT_PROFILE
        : (await deps.people.findUser(launch.personId))?.profile;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          municipality: launch.municipality,
          ...(launch.test ? { test_launch: true } : {}),
          ...(profile ? claimValues(profile, released) : {}),
        }),
      };
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      ctx.type = 'html';
      const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Er ging iets mis</title></head><body><main><h1>Er ging iets mis</h1><p>De app kon niet worden geopend. Ga terug naar Inwonercloud en probeer het opnieuw.</p><p><code>${html(out.error ?? 'error')}</code></p></main></body></html>`;
    },
  } as never);
  // The provider sees only the forwarded headers the gate sets from PUBLIC_URL (provider-gate.ts):
  // discovery and every endpoint derive from the public URL, never from the Host header.
  provider.proxy = true;
  hardenProvider(provider);
  return provider;
}
