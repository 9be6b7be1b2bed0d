import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { KeyRepository } from '../keys/signing-keys.ts';

type Callback = ReturnType<Provider['callback']>;

/** How often an instance looks whether the store's signing keys changed. */
const KEY_CHECK_MS = 10_000;

/**
 * The provider of the store's current signing keys. oidc-provider reads its key set once, when it
 * is built; after a rotation (`npm run keys:rotate`, or another instance of the fleet) this builds
 * it again, so every instance publishes and signs with the same keys without a restart (issue 10).
 * Everything else a provider holds lives in the store (grants, codes, sessions, interactions), so
 * a flow begun on the old one ends on the new one.
 */
export function createProviderHolder(deps: {
  build: () => Promise<Provider>;
  keys: Pick<KeyRepository, 'fingerprint'>;
  logger: Logger;
  checkMs?: number;
}) {
  const checkMs = deps.checkMs ?? KEY_CHECK_MS;
  // oidc-provider answers its own failures with a bare `server_error`; the cause goes to the log.
  const build = async () => {
    const built = await deps.build();
    built.on('server_error', (_ctx: unknown, error: unknown) =>
      deps.logger.error({ err: error }, 'the OpenID Provider failed a request'),
    );
    return built;
  };
  /**
   * Built at the first request that needs it, or by `warm` once the server listens: not on the way
   * to ready (loading oidc-provider is ~0.1 s of a start). A failed build is tried again next time.
   */
  let current: Promise<Provider> | undefined;
  let fingerprint: string | undefined;
  let checkedAt = 0;
  let pending: Promise<void> | undefined;
  const callbacks = new WeakMap<Provider, Callback>();

  function first(): Promise<Provider> {
    if (!current) {
      const started = (async () => {
        const seen = await deps.keys.fingerprint();
        const built = await build();
        fingerprint = seen;
        checkedAt = Date.now();
        return built;
      })();
      current = started;
      started.catch(() => {
        if (current === started) current = undefined;
      });
    }
    return current;
  }

  async function refresh(): Promise<void> {
    if (!current) return void (await first());
    await current;
    const seen = await deps.keys.fingerprint();
    if (seen !== fingerprint) {
      const built = await build();
      current = Promise.resolve(built);
      fingerprint = seen;
      deps.logger.info('the signing keys changed: the OpenID Provider now uses the new set');
    }
    checkedAt = Date.now();
  }

  /** The provider to use now; looks at the keys in the background once the check is due. */
  async function provider(): Promise<Provider> {
    const now = await first();
    if (Date.now() - checkedAt >= checkMs && !pending) {
      pending = refresh()
        .catch((error: unknown) => deps.logger.error({ err: error }, 'could not read the signing keys'))
        .finally(() => {
          pending = undefined;
        });
    }
    return now;
  }

  return {
    provider,
    /** Builds the provider now, if it is not built yet (serve.ts, once the server listens). */
    warm: (): Promise<unknown> =>
      first().catch((error: unknown) => {
        deps.logger.error({ err: error }, 'could not build the OpenID Provider');
      }),
    /** Looks at the keys now (a rotation in this process, and the tests). */
    refresh,
    /** The provider's request handler, always the current provider's. */
    async callback(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
      const now = await provider();
      let handle = callbacks.get(now);
      if (!handle) {
        handle = now.callback();
        callbacks.set(now, handle);
      }
      return handle(req, res);
    },
  };
}

export type ProviderHolder = ReturnType<typeof createProviderHolder>;
