import { createHash, randomBytes } from 'node:crypto';
import { CookieBrowser } from '../tests/setup/cookie-browser.ts';

/**
 * The tests' cookie browser, with what the benchmarks add: a copy per launch (a fresh tab) and
 * JSON calls that fail on an unexpected status.
 */
export class Browser extends CookieBrowser {
  clone(): Browser {
    const copy = new Browser(this.origin);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  async send<T>(method: string, path: string, body?: unknown, expected = [200, 201, 204]): Promise<T> {
    const response = await this.json(method, path, body);
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Follows redirects on the platform's origin; returns the first URL that leaves it. */
  async leave(url: string): Promise<URL> {
    const last = await this.follow(url);
    if (new URL(last.url).origin === this.origin) {
      throw new Error(`stopped at ${last.url} with ${last.response.status}`);
    }
    return new URL(last.url);
  }
}

export interface LaunchClient {
  slug: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
}

export interface PreparedCode {
  code: string;
  verifier: string;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/**
 * The resident's half of a launch, through the real flow: POST /launches (login hint), then the
 * app's authorization request with PKCE, through the platform's interaction, to a code on the
 * app's redirect URI. Returns the code with its verifier, ready to redeem.
 */
export async function prepareCode(resident: Browser, client: LaunchClient): Promise<PreparedCode> {
  const launch = await resident.send<{ fields: { login_hint: string; client_id: string } }>(
    'POST',
    `/api/v1/apps/${client.slug}/launches`,
  );
  const verifier = base64url(randomBytes(32));
  const params = new URLSearchParams({
    client_id: launch.fields.client_id,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: client.redirectUri,
    state: base64url(randomBytes(12)),
    nonce: base64url(randomBytes(12)),
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    login_hint: launch.fields.login_hint,
  });
  // A fresh tab per launch: the provider's interaction cookies must not mix between launches.
  const callback = await resident.clone().leave(`${client.authorizationEndpoint}?${params}`);
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code: ${callback.search}`);
  return { code, verifier };
}

export function basicAuth(client: LaunchClient): string {
  const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

export function tokenRequestBody(client: LaunchClient, prepared: PreparedCode): string {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code: prepared.code,
    redirect_uri: client.redirectUri,
    code_verifier: prepared.verifier,
  }).toString();
}

/** The app's half: redeems a code at the token endpoint; returns the ID token. */
export async function redeem(client: LaunchClient, prepared: PreparedCode): Promise<string> {
  const response = await fetch(client.tokenEndpoint, {
    method: 'POST',
    headers: { authorization: basicAuth(client), 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(client, prepared),
  });
  const body = (await response.json()) as { id_token?: string; error?: string };
  if (response.status !== 200 || !body.id_token) {
    throw new Error(`token endpoint: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.id_token;
}
