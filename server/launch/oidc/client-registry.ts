import type { ClientMetadata } from 'oidc-provider';
import type { LaunchRegistration } from '../../../shared/schemas/listing.ts';
import type { ListingRepository } from '../../listings/listing.repository.ts';
import { TEST_CLIENT_SUFFIX } from '../test-resident.ts';

function clientMetadata(
  clientId: string,
  name: string,
  registration: LaunchRegistration,
  secretHash: string,
): ClientMetadata {
  return {
    client_id: clientId,
    // The stored hash: the token endpoint hashes the presented secret first (client-secret-hashing.ts).
    client_secret: secretHash,
    redirect_uris: registration.redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: registration.idTokenSignedResponseAlg,
    subject_type: 'pairwise',
    client_name: name,
  };
}

/**
 * OIDC clients are the live listings: redirect URIs and signing algorithm come from the live,
 * reviewed version, so a draft can never widen them. A listing that is not live has no client,
 * which also stops a code from being redeemed after a suspension. A vendor's test launch uses
 * the draft's registration under the `.test` client id.
 */
export function createClientRegistry(listings: ListingRepository) {
  return {
    async find(clientId: string): Promise<ClientMetadata | undefined> {
      if (clientId.endsWith(TEST_CLIENT_SUFFIX)) {
        const listing = await listings.findByClientId(clientId.slice(0, -TEST_CLIENT_SUFFIX.length));
        if (!listing || listing.status === 'withdrawn' || !listing.clientSecretHash) return undefined;
        return clientMetadata(
          clientId,
          `${listing.draft.name} (test)`,
          listing.draft.launch,
          listing.clientSecretHash,
        );
      }
      const listing = await listings.findByClientId(clientId);
      if (!listing?.live || listing.status !== 'live' || !listing.clientSecretHash) return undefined;
      const { content } = listing.live;
      return clientMetadata(clientId, content.name, content.launch, listing.clientSecretHash);
    },
  };
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;
