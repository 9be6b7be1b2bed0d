import type { Adapter } from 'oidc-provider';
import type { ClientRegistry } from './client-registry.ts';

/**
 * Access tokens are not kept. The code grant must answer with one, but nothing here accepts
 * one: userinfo, introspection and revocation are disabled, so a stored access token would be a
 * store write per launch that no reader ever looks at (issue 5). Enabling any of those endpoints
 * fails closed, every token unknown, until storage is added back.
 */
const accessTokensNotKept: Adapter = {
  async upsert() {},
  async find() {
    return undefined;
  },
  async findByUid() {
    return undefined;
  },
  async findByUserCode() {
    return undefined;
  },
  async consume() {},
  async destroy() {},
  async revokeByGrantId() {},
};

/**
 * The provider's adapter per model: stored models on our collection port, clients from the live
 * listings (client-registry.ts), access tokens not kept.
 */
export function providerAdapter(stored: (model: string) => Adapter, clients: ClientRegistry) {
  return (model: string): Adapter => {
    if (model === 'AccessToken') return accessTokensNotKept;
    if (model === 'Client') return { ...stored(model), find: (id: string) => clients.find(id) as never };
    return stored(model);
  };
}
