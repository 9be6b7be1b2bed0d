import { importJWK, type JWK } from 'jose';
import * as client from 'openid-client';
import type { SignInConnection } from '../config.ts';
import { UnavailableError } from '../http/errors.ts';

/** The platform's own private key for private_key_jwt; its public half is in /.well-known/jwks.json. */
export type ClientKeySource = () => Promise<JWK[]>;

/**
 * One upstream OpenID Provider (the DigiD broker or a staff connection) through openid-client.
 * Discovery runs at the first sign-in and is kept; a failure is retried at the next one, so a
 * broker that is down at start does not stop the platform. The client authentication is built
 * per use, so private_key_jwt always signs with the key that is active now (rotation).
 */
export function createUpstreamClient(connection: SignInConnection, clientKeys: ClientKeySource) {
  let metadata: Promise<client.ServerMetadata> | null = null;
  const insecure = new URL(connection.issuer).protocol === 'http:';

  async function discover(): Promise<client.ServerMetadata> {
    const config = await client.discovery(
      new URL(connection.issuer),
      connection.clientId,
      undefined,
      client.None(),
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    return config.serverMetadata();
  }

  async function clientAuth(): Promise<client.ClientAuth> {
    if (connection.clientSecret) return client.ClientSecretBasic(connection.clientSecret);
    const jwk = (await clientKeys()).find((key) => key.alg === 'RS256');
    if (!jwk?.kid) throw new UnavailableError('The platform has no signing key to authenticate with.');
    type PrivateKey = Extract<Parameters<typeof client.PrivateKeyJwt>[0], { kid?: string }>;
    const key = (await importJWK(jwk, 'RS256')) as PrivateKey['key'];
    return client.PrivateKeyJwt({ key, kid: jwk.kid });
  }

  return {
    connection,
    /** The openid-client configuration, or 503 when the provider cannot be reached. */
    async configuration(): Promise<client.Configuration> {
      metadata ??= discover();
      let server: client.ServerMetadata;
      try {
        server = await metadata;
      } catch {
        metadata = null;
        throw new UnavailableError('The sign-in service cannot be reached. Try again shortly.');
      }
      const config = new client.Configuration(server, connection.clientId, undefined, await clientAuth());
      if (insecure) client.allowInsecureRequests(config);
      return config;
    },
  };
}

export type UpstreamClient = ReturnType<typeof createUpstreamClient>;
