import type { LaunchRegistration } from '../../shared/schemas/listing.ts';

export type TokenEndpointAuthMethod = 'client_secret_basic' | 'private_key_jwt';

/** Drafts stored before issue 15 have no method: they used a client secret. */
export function authMethodOf(registration: LaunchRegistration): TokenEndpointAuthMethod {
  return registration.tokenEndpointAuthMethod ?? 'client_secret_basic';
}

/**
 * Whether an app can authenticate at the token endpoint: with `private_key_jwt` (NL GOV profile)
 * it needs registered public keys, with a client secret (a recorded deviation) the secret's hash.
 */
export function hasClientCredentials(
  secretHash: string | null | undefined,
  registration: LaunchRegistration,
) {
  return authMethodOf(registration) === 'private_key_jwt'
    ? Boolean(registration.jwks || registration.jwksUri)
    : Boolean(secretHash);
}
