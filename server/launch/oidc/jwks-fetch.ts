import { hostKind } from '../../listings/launch-policy.ts';

/** A JWKS holds at most 5 public keys (shared/schemas/jwks.ts): 16 KB is room to spare. */
export const JWKS_URI_MAX_BYTES = 16 * 1024;

type FetchOptions = RequestInit & { dispatcher?: unknown };

/**
 * How the provider fetches an app's registered `jwks_uri` (private_key_jwt, signed Request
 * Objects; decision 045). oidc-provider already bounds the wait (2.5 s) and hands us a dispatcher
 * that refuses sockets to special-use addresses (loopback, private, link-local) after DNS
 * resolution. On top of that: https only, no redirects (a redirect could lead anywhere), and a
 * bounded body (`JWKS_URI_MAX_BYTES`, set in provider.ts). In demo mode a loopback host over
 * http is allowed, without the dispatcher that would refuse it: that is the demo app on this
 * machine, as for the launch URLs.
 */
export function jwksFetch(allowLoopback: boolean) {
  return async (url: string | URL, options: FetchOptions): Promise<Response> => {
    const target = new URL(url);
    const loopback = allowLoopback && hostKind(target.hostname) === 'loopback';
    if (target.protocol !== 'https:' && !(loopback && target.protocol === 'http:')) {
      throw new Error('jwks_uri must be an https URL');
    }
    const { dispatcher, ...rest } = options;
    return globalThis.fetch(target, {
      ...rest,
      redirect: 'error',
      ...(loopback ? {} : { dispatcher }),
    } as RequestInit);
  };
}
