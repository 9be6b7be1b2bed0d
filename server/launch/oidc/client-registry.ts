import type { ClientMetadata } from 'oidc-provider';
import type { LaunchRegistration } from '../../../shared/schemas/listing.ts';
import type { ListingDoc } from '../../listings/listing.documents.ts';
import type { ListingRepository } from '../../listings/listing.repository.ts';
import { authMethodOf, hasClientCredentials } from '../client-credentials.ts';

function clientMetadata(listing: ListingDoc, registration: LaunchRegistration, redirectUris: string[]) {
  const method = authMethodOf(registration);
  const metadata: ClientMetadata = {
    client_id: listing.clientId,
    redirect_uris: redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: method,
    id_token_signed_response_alg: registration.idTokenSignedResponseAlg,
    subject_type: 'pairwise',
    client_name: listing.live?.content.name ?? listing.draft.name,
  };
  if (method === 'client_secret_basic') {
    // The stored hash: the provider hashes the presented secret before comparing (provider.ts),
    // so the hash itself never works as the secret (issue 9).
    metadata.client_secret = listing.clientSecretHash ?? undefined;
  }
  if (registration.jwks) metadata.jwks = registration.jwks;
  if (registration.jwksUri) metadata.jwks_uri = registration.jwksUri;
  return metadata;
}

/**
 * OIDC clients are the listings, one client id per app. A live listing's client has its live,
 * reviewed registration; its draft's redirect URIs are added for the vendor's test launches,
 * and the interaction allows those only for a test launch (launch.service.ts). A listing that is
 * not live has a client for test launches only: the interaction and the token endpoint refuse a
 * resident's launch of it (issue 15: a stock RP with one configured client takes test launches).
 */
export function createClientRegistry(listings: ListingRepository) {
  return {
    async find(clientId: string): Promise<ClientMetadata | undefined> {
      const listing = await listings.findForLaunch({ clientId });
      if (!listing || listing.status === 'withdrawn') return undefined;
      const live = listing.status === 'live' ? listing.live?.content.launch : undefined;
      const registration = live ?? listing.draft.launch;
      if (!hasClientCredentials(listing.clientSecretHash, registration)) return undefined;
      const redirectUris = [
        ...new Set([...(live?.redirectUris ?? []), ...listing.draft.launch.redirectUris]),
      ];
      return clientMetadata(listing, registration, redirectUris);
    },
  };
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;
