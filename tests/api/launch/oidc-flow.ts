import * as oidc from 'openid-client';
import type { CookieBrowser } from '../../setup/cookie-browser.ts';

/** A stock OIDC client (openid-client) as a vendor would use it, against the real platform. */
export async function discoverClient(issuer: string, clientId: string, clientSecret: string) {
  return oidc.discovery(
    new URL(issuer),
    clientId,
    { client_secret: clientSecret },
    oidc.ClientSecretBasic(clientSecret),
    {
      execute: [oidc.allowInsecureRequests],
    },
  );
}

export interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
}

export async function startAuthorization(
  config: oidc.Configuration,
  loginHint: string | undefined,
  redirectUri: string,
  overrides: Record<string, string | null> = {},
): Promise<AuthorizationStart> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const params: Record<string, string> = {
    scope: 'openid',
    redirect_uri: redirectUri,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(loginHint ? { login_hint: loginHint } : {}),
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete params[key];
    else params[key] = value;
  }
  return { url: oidc.buildAuthorizationUrl(config, params), state, nonce, verifier, redirectUri };
}

/** Runs the browser through authorize -> interaction -> back to the app's redirect URI. */
export async function authorize(browser: CookieBrowser, start: AuthorizationStart) {
  const { url } = await browser.follow(start.url.toString());
  return new URL(url);
}

export async function redeem(config: oidc.Configuration, callback: URL, start: AuthorizationStart) {
  return oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: start.verifier,
    expectedState: start.state,
    expectedNonce: start.nonce,
    idTokenExpected: true,
  });
}
