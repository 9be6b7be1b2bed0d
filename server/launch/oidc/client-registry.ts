import type { ClientMetadata } from 'oidc-provider';
import type { ListingRepository } from '../../listings/listing.repository.ts';
import { TEST_CLIENT_SUFFIX } from '../test-resident.ts';

/**
 * OIDC clients are the live listings: redirect URIs and signing algorithm come from the live,
 * reviewed version, so a draft can never widen them. A listing that is not live has no client,
 * which also stops a code from being redeemed after a suspension.
 */
export function createClientRegistry(listings: ListingRepository) {
  /** A vendor's test launch runs against the draft's registration, under the `.test` client id. */
  async function testClient(clientId: string): Promise<ClientMetadata | undefined> {
    const listing = await listings.findByClientId(clientId.slice(0, -TEST_CLIENT_SUFFIX.length));
    if (!listing || listing.status === 'withdrawn' || !listing.clientSecretHash) return undefined;
    const registration = listing.draft.launch;
    return {
      client_id: clientId,
      client_secret: listing.clientSecretHash,
      redirect_uris: registration.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: registration.idTokenSignedResponseAlg,
      subject_type: 'pairwise',
      client_name: `${listing.draft.name} (test)`,
    };
  }

  return {
    async find(clientId: string): Promise<ClientMetadata | undefined> {
      if (clientId.endsWith(TEST_CLIENT_SUFFIX)) return testClient(clientId);
      const listing = await listings.findByClientId(clientId);
      if (!listing?.live || listing.status !== 'live' || !listing.clientSecretHash) return undefined;
      const registration = listing.live.content.launch;
      return {
        client_id: listing.clientId,
        // The stored hash: the token endpoint hashes the presented secret first (client-secret-hashing.ts).
        client_secret: listing.clientSecretHash,
        redirect_uris: registration.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: registration.idTokenSignedResponseAlg,
        subject_type: 'pairwise',
        client_name: listing.live.content.name,
      };
    },
  };
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;
