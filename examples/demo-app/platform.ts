import * as oidc from 'openid-client';
import type { DemoClient } from './clients.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the local demo setup only: the platform on plain http on this machine. */
export function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

interface CachedConfiguration {
  clientId: string;
  clientSecret: string;
  alg: string | undefined;
  configuration: Promise<oidc.Configuration>;
}

/**
 * openid-client Configurations, one per app, made from the platform's discovery document.
 * A success is cached (discovery and the JWKS do not change per request); a failure is not, so
 * the next launch tries again: in the demo the platform may start after this app.
 */
export class PlatformConfigurations {
  readonly #issuer: URL;
  readonly #cache = new Map<string, CachedConfiguration>();

  constructor(issuer: string) {
    this.#issuer = new URL(issuer);
    if (this.#issuer.protocol !== 'https:' && !isLocalHttp(this.#issuer)) {
      throw new Error('The platform issuer must be an https URL (plain http only on localhost).');
    }
  }

  get(client: DemoClient): Promise<oidc.Configuration> {
    const cached = this.#cache.get(client.slug);
    if (
      cached &&
      cached.clientId === client.clientId &&
      cached.clientSecret === client.clientSecret &&
      cached.alg === client.idTokenSignedResponseAlg
    ) {
      return cached.configuration;
    }
    const configuration = this.#discover(client);
    const entry: CachedConfiguration = {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      alg: client.idTokenSignedResponseAlg,
      configuration,
    };
    this.#cache.set(client.slug, entry);
    configuration.catch(() => {
      if (this.#cache.get(client.slug) === entry) this.#cache.delete(client.slug);
    });
    return configuration;
  }

  /** Drops a cached configuration, e.g. after a launch failed in a way stale metadata could explain. */
  forget(slug: string): void {
    this.#cache.delete(slug);
  }

  #discover(client: DemoClient): Promise<oidc.Configuration> {
    const metadata: Partial<oidc.ClientMetadata> = { client_secret: client.clientSecret };
    if (client.idTokenSignedResponseAlg)
      metadata.id_token_signed_response_alg = client.idTokenSignedResponseAlg;
    // Verify the ID token's signature against the platform's JWKS. Over TLS this is optional
    // per the spec, but it is what the launch token is for, and the reference should show it.
    const execute: Array<(config: oidc.Configuration) => void> = [oidc.enableNonRepudiationChecks];
    if (isLocalHttp(this.#issuer)) {
      // The local demo runs the platform on http://localhost, and openid-client refuses plain
      // http by default. Only ever allowed for a loopback issuer; production issuers are https.
      execute.push(oidc.allowInsecureRequests);
    }
    return oidc.discovery(
      this.#issuer,
      client.clientId,
      metadata,
      oidc.ClientSecretBasic(client.clientSecret),
      {
        execute,
        timeout: 10,
      },
    );
  }
}
