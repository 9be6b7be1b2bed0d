import { createHmac } from 'node:crypto';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import { type AssuranceLevel, assuranceOf, EIDAS_LOA_URI } from '../../shared/assurance.ts';
import { AppError } from '../http/errors.ts';
import { FLOW_TTL_MS, type Flow } from './flow-cookie.ts';
import type { SignInRefusal } from './refusals.ts';
import type { UpstreamClient } from './upstream-client.ts';

/** `residents`, `staff`, or `staff/<name>` for a connection from STAFF_SIGN_IN_FILE (decision 028). */
export type ConnectionName = Flow['connection'];
export type ConnectionKind = 'residents' | 'staff';

/** Residents or staff: what a connection signs in, which decides what happens at its callback. */
export function kindOf(name: ConnectionName): ConnectionKind {
  return name === 'residents' ? 'residents' : 'staff';
}

/** A refused sign-in: the browser gets a 400 page saying why (server/sign-in/refusals.ts); nothing is stored. */
export class SignInRefusedError extends AppError {
  constructor(
    readonly reason: SignInRefusal,
    status = 400,
  ) {
    super(status, 'Sign-in refused', reason);
  }
}

/** The verified answer of an upstream provider, reduced to what the platform keeps. */
export interface VerifiedSignIn {
  /** HMAC of iss + sub: the raw sub (often the BSN) is never stored, logged or passed on. */
  personId: string;
  claims: Record<string, unknown>;
  assurance: AssuranceLevel | null;
  /** The ID token, kept sealed with the session only when the provider supports RP-initiated logout. */
  idTokenForSignOut: string | null;
}

/** Where the provider sends the browser after signing out there: register it as post_logout_redirect_uri. */
export const POST_SIGN_OUT_PATH = '/';

/** The callback path of a connection: `/auth/residents/callback`, `/auth/staff/<name>/callback`. */
export function callbackPath(name: ConnectionName): string {
  return `/auth/${name}/callback`;
}

/** The person id for an upstream identity: keyed, so it cannot be reversed or guessed from a BSN. */
export function personIdOf(key: Buffer, connection: ConnectionName, iss: string, sub: string): string {
  const prefix = kindOf(connection) === 'residents' ? 'r-' : 's-';
  return prefix + createHmac('sha256', key).update(`${iss}\n${sub}`).digest('base64url');
}

/**
 * Which check of openid-client refused the answer, from its error and causes (never logged whole:
 * they hold the claims, and so the sub).
 */
function refusalOf(error: unknown): SignInRefusal {
  let current = error as
    | { cause?: unknown; message?: string; attribute?: string; claim?: string }
    | undefined;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const message = typeof current.message === 'string' ? current.message : '';
    if (current.attribute === 'iss' || /"iss" \(issuer\) response parameter/.test(message)) return 'issuer';
    if (current.claim === 'nonce' || /"nonce" claim/.test(message)) return 'nonce';
    if (current.attribute === 'state' || /"state" response parameter/.test(message)) return 'state';
    current = current.cause as typeof current;
  }
  return 'invalid-response';
}

/**
 * The authorization code flow with an upstream provider: PKCE S256, state, nonce, the RFC 9207
 * `iss` check and a validated ID token, all through openid-client (docs/decisions/020).
 */
export function createSignInFlow(deps: {
  name: ConnectionName;
  upstream: UpstreamClient;
  publicUrl: string;
  personIdKey: () => Promise<Buffer>;
  logger: Logger;
}) {
  const { name, upstream, publicUrl, logger } = deps;
  const redirectUri = `${publicUrl}${callbackPath(name)}`;

  return {
    name,
    /** Where to send the browser, and the flow to seal in its cookie. */
    async start(returnTo: string, acr: AssuranceLevel | null): Promise<{ url: URL; flow: Flow }> {
      const config = await upstream.configuration();
      const flow: Flow = {
        connection: name,
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
        acr,
        expiresAt: Date.now() + FLOW_TTL_MS,
      };
      const params: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: upstream.connection.scope,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
        ui_locales: 'nl en',
      };
      if (acr) {
        params.acr_values = EIDAS_LOA_URI[acr];
        // A step-up must sign in again: without prompt=login a broker may reuse its session at the lower level.
        params.prompt = 'login';
      }
      return { url: client.buildAuthorizationUrl(config, params), flow };
    },

    /** Checks the callback against the flow and redeems the code; throws SignInRefusedError. */
    async finish(callbackUrl: URL, flow: Flow | null): Promise<VerifiedSignIn> {
      const params = callbackUrl.searchParams;
      if (!flow) throw new SignInRefusedError('flow-missing');
      if (params.get('state') !== flow.state) throw new SignInRefusedError('state');
      const config = await upstream.configuration();
      const issuer = config.serverMetadata().issuer;
      const iss = params.get('iss');
      if (iss !== null && iss !== issuer) throw new SignInRefusedError('issuer');
      if (params.has('error')) {
        logger.info(
          { connection: name, error: params.get('error')?.slice(0, 64) },
          'upstream sign-in refused',
        );
        throw new SignInRefusedError('provider-error');
      }
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        const reason = refusalOf(error);
        const code = (error as { code?: string; error?: string }).code ?? (error as { error?: string }).error;
        logger.warn({ connection: name, reason, code }, 'upstream sign-in answer refused');
        throw new SignInRefusedError(reason);
      }
      const claims = tokens.claims();
      if (!claims?.sub) throw new SignInRefusedError('invalid-response');
      const personId = personIdOf(await deps.personIdKey(), name, claims.iss, claims.sub);
      const { sub: _sub, ...rest } = claims;
      const endSession = config.serverMetadata().end_session_endpoint;
      return {
        personId,
        claims: rest,
        assurance: assuranceOf(claims.acr),
        idTokenForSignOut: endSession && tokens.id_token ? tokens.id_token : null,
      };
    },

    /**
     * Where the browser ends the session at the provider (OIDC RP-Initiated Logout 1.0); null when
     * it does not support that. A top-level GET: the provider's own session cookie is SameSite, so a
     * cross-site POST would arrive without it (why oidc-provider takes GET only by default). The ID
     * token rides in this one URL, to the provider that issued it (decision 026).
     */
    async endSessionUrl(idToken: string): Promise<URL | null> {
      const config = await upstream.configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        client_id: upstream.connection.clientId,
        post_logout_redirect_uri: `${publicUrl}${POST_SIGN_OUT_PATH}`,
        ui_locales: 'nl en',
      });
    },
  };
}

export type SignInFlow = ReturnType<typeof createSignInFlow>;
