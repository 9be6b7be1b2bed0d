import { createHmac } from 'node:crypto';
import Provider, { type Adapter, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { EIDAS_LOA_URI } from '../../../shared/assurance.ts';
import { CLAIM_IDS } from '../../../shared/claims.ts';
import type { SessionRepository } from '../../identity/session.repository.ts';
import type { KeyRepository } from '../keys/signing-keys.ts';
import { claimValues } from '../released-claims.ts';
import { TEST_RESIDENT_PROFILE } from '../test-resident.ts';
import type { ClientRegistry } from './client-registry.ts';
import type { LaunchRecordRepository } from './launch-record.repository.ts';
import { providerAdapter } from './provider-adapter.ts';

export const OIDC_PATHS = {
  authorization: '/oidc/auth',
  token: '/oidc/token',
  jwks: '/.well-known/jwks.json',
  userinfo: '/oidc/me',
  end_session: '/oidc/session/end',
  revocation: '/oidc/token/revocation',
  introspection: '/oidc/token/introspection',
  pushed_authorization_request: '/oidc/request',
  registration: '/oidc/reg',
  backchannel_authentication: '/oidc/backchannel',
  code_verification: '/oidc/device',
  device_authorization: '/oidc/device/auth',
  challenge: '/oidc/challenge',
  credential: '/oidc/credential',
} as const;

export const INTERACTION_PATH = '/oidc/interaction';

/** Every authorization request goes through our interaction, where the launch is checked again. */
function launchPolicy() {
  const { Check, base } = interactionPolicy;
  const policy = base();
  policy
    .get('login')
    ?.checks.add(
      new Check('launch_check', 'every launch is checked by the platform', 'login_required', (ctx) =>
        ctx.oidc.result ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

interface ProviderDeps {
  issuer: string;
  keys: KeyRepository;
  adapter: (model: string) => Adapter;
  clients: ClientRegistry;
  launches: LaunchRecordRepository;
  people: SessionRepository;
  secureCookies: boolean;
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
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      claimsParameter: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      revocation: { enabled: false },
      introspection: { enabled: false },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: ['openid'],
    subjectTypes: ['pairwise'],
    // A stable pseudonym per resident per app, from a key kept apart from the signing keys.
    pairwiseIdentifier: async (_ctx: KoaContextWithOIDC, accountId: string, client: { clientId: string }) =>
      createHmac('sha256', pairwiseKey).update(`${accountId}\n${client.clientId}`).digest('base64url'),
    clientAuthMethods: ['client_secret_basic'],
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'ES256'] },
    issueRefreshToken: async () => false,
    // A grant is made per launch in the interaction; never reuse one from an earlier launch.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 300,
      AccessToken: 60,
      Interaction: 120,
      Session: 600,
      Grant: 600,
    },
    routes: OIDC_PATHS,
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) =>
        `${INTERACTION_PATH}/${interaction.uid}`,
      policy: launchPolicy(),
    },
    findAccount: async (_ctx: KoaContextWithOIDC, sub: string, token?: { grantId?: string }) => ({
      accountId: sub,
      async claims() {
        const launch = token?.grantId ? await deps.launches.find(token.grantId) : null;
        if (!launch) return { sub };
        const profile = launch.test
          ? TEST_RESIDENT_PROFILE
          : (await deps.people.findUser(launch.personId))?.profile;
        return {
          sub,
          municipality: launch.municipality,
          ...(launch.test ? { test_launch: true } : {}),
          ...(profile ? claimValues(profile, launch.claims) : {}),
        };
      },
    }),
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      ctx.type = 'html';
      const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Er ging iets mis</title></head><body><main><h1>Er ging iets mis</h1><p>De app kon niet worden geopend. Ga terug naar Inwonercloud en probeer het opnieuw.</p><p><code>${html(out.error ?? 'error')}</code></p></main></body></html>`;
    },
  } as never);
  provider.proxy = false;
  return provider;
}
