import { randomUUID, timingSafeEqual } from 'node:crypto';
import type Provider from 'oidc-provider';
import { hashClientSecret } from '../../listings/client-secret.ts';

/**
 * Only a hash of each client secret is stored (decision 005). The provider compares the hash of
 * the presented secret with it, on every endpoint and every spelling of one: the stored hash,
 * presented as the secret, is hashed again and never matches (issue 9, decision 030).
 */
function compareHashedClientSecret(provider: Provider): void {
  const prototype = provider.Client.prototype as unknown as {
    clientSecret?: string;
    compareClientSecret(this: { clientSecret?: string }, presented: string): boolean;
  };
  prototype.compareClientSecret = function compare(presented) {
    if (typeof this.clientSecret !== 'string' || typeof presented !== 'string') return false;
    const expected = Buffer.from(this.clientSecret);
    const actual = Buffer.from(hashClientSecret(presented));
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  };
}

/**
 * `azp`, `jti` and `nbf` in every ID token (DESIGN.md "Token claims", NL GOV profile); oidc-provider
 * adds `azp` only for several audiences and never `jti` or `nbf`.
 */
function idTokenClaims(provider: Provider): void {
  const prototype = provider.IdToken.prototype as unknown as {
    client?: { clientId: string };
    set(key: string, value: unknown): void;
    issue(this: unknown, options?: { use?: string }): Promise<string>;
  };
  const issue = prototype.issue;
  prototype.issue = async function issueWithClaims(this: typeof prototype, options) {
    if (options?.use === 'idtoken') {
      if (this.client) this.set('azp', this.client.clientId);
      this.set('jti', randomUUID());
      this.set('nbf', Math.floor(Date.now() / 1000));
    }
    return issue.call(this, options);
  };
}

/** Removes the `iss` parameter from an authorization error redirect (see stripIssFromErrors). */
function withoutIss(location: string): string {
  const url = new URL(location);
  if (url.searchParams.has('error')) url.searchParams.delete('iss');
  const fragment = new URLSearchParams(url.hash.slice(1));
  if (fragment.has('error')) {
    fragment.delete('iss');
    url.hash = fragment.toString();
  }
  return url.toString();
}

/**
 * Around every provider response:
 * - no CORS: apps call the token endpoint from their servers, and discovery and keys are read by
 *   servers too; no `Access-Control-Allow-Origin: *` on any provider endpoint (issue 9, NL GOV).
 * - an error redirect to the app carries `error`, `error_description` and `state`, not `iss`:
 *   mod_auth_openidc 2.4 reads any request with `iss` at its redirect URI as a new third-party
 *   login and loops (issue 15). A recorded deviation from RFC 9207 (decision 031).
 */
function responseFilters(provider: Provider): void {
  provider.use(async (ctx, next) => {
    await next();
    for (const header of Object.keys(ctx.response.headers)) {
      if (header.startsWith('access-control-')) ctx.remove(header);
    }
    const location = ctx.response.get('location');
    if (ctx.status === 303 && location && /[?&#]error=/.test(location))
      ctx.set('location', withoutIss(location));
    if (typeof ctx.body === 'string' && ctx.body.includes('name="error"')) {
      ctx.body = ctx.body.replace(/<input type="hidden" name="iss" value="[^"]*"\/?>/g, '');
    }
  });
}

export function hardenProvider(provider: Provider): void {
  compareHashedClientSecret(provider);
  idTokenClaims(provider);
  responseFilters(provider);
}
