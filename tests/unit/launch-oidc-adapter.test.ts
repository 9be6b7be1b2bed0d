import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientRegistry } from '../../server/launch/oidc/client-registry.ts';
import { providerAdapter } from '../../server/launch/oidc/provider-adapter.ts';
import { createOidcAdapterFactory } from '../../server/launch/oidc/store-adapter.ts';
import { type EmbeddedStore, openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let store: EmbeddedStore;
let adapterFor: ReturnType<typeof providerAdapter>;

beforeAll(async () => {
  temp = await makeTempDir();
  store = await openEmbeddedStore(temp.dir);
  const noClients = { find: async () => undefined } as unknown as ClientRegistry;
  adapterFor = providerAdapter(createOidcAdapterFactory(store), noClients);
});
afterAll(async () => {
  await store.close();
  await temp.remove();
});
afterEach(() => {
  vi.useRealTimers();
});

/** oidc-provider's ids are 43 random base64url characters. */
const newId = () => randomBytes(32).toString('base64url');

async function saveCodes(count: number, grantId: string): Promise<string[]> {
  const codes = Array.from({ length: count }, newId);
  const adapter = adapterFor('AuthorizationCode');
  await Promise.all(
    codes.map((id) => adapter.upsert(id, { jti: id, grantId, kind: 'AuthorizationCode' }, 60)),
  );
  return codes;
}

describe('oidc-provider adapter', () => {
  it('finds every code by its id, in the collection of its model', async () => {
    const codes = await saveCodes(24, newId());
    const adapter = adapterFor('AuthorizationCode');

    for (const id of codes) expect(await adapter.find(id)).toMatchObject({ jti: id });
    expect(await adapterFor('Grant').find(codes[0] as string)).toBeUndefined();
    expect(store.collectionNames()).toContain('provider_authorizationcode');
  });

  it('finds no code once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const [code] = await saveCodes(1, newId());

    vi.setSystemTime(Date.now() + 61_000);

    expect(await adapterFor('AuthorizationCode').find(code as string)).toBeUndefined();
  });

  it('consumes a code once among parallel attempts, and then reports it consumed', async () => {
    const [code] = (await saveCodes(1, newId())) as [string];
    const adapter = adapterFor('AuthorizationCode');

    const results = await Promise.allSettled(Array.from({ length: 10 }, () => adapter.consume(code)));

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await adapter.find(code)).toMatchObject({ consumed: expect.any(Number) });
  });

  it("revokes a grant's codes and leaves other grants' codes", async () => {
    const revoked = await saveCodes(16, 'grant-revoked');
    const [kept] = (await saveCodes(1, 'grant-kept')) as [string];
    const adapter = adapterFor('AuthorizationCode');

    await adapter.revokeByGrantId('grant-revoked');

    for (const id of revoked) expect(await adapter.find(id)).toBeUndefined();
    expect(await adapter.find(kept)).toMatchObject({ jti: kept });
  });

  it('replaces a record saved again under the same id', async () => {
    const id = newId();
    const adapter = adapterFor('Interaction');
    await adapter.upsert(id, { jti: id, kind: 'Interaction' }, 120);

    await adapter.upsert(id, { jti: id, kind: 'Interaction', result: { login: { accountId: 'a' } } }, 120);

    expect(await adapter.find(id)).toMatchObject({ result: { login: { accountId: 'a' } } });
  });

  it('finds a session by its uid', async () => {
    const id = newId();
    const uid = newId();
    await adapterFor('Session').upsert(id, { jti: id, uid, kind: 'Session' }, 600);

    expect(await adapterFor('Session').findByUid(uid)).toMatchObject({ jti: id, uid });
  });

  it('keeps no access token: no endpoint reads one, and one that is enabled later finds none', async () => {
    const id = newId();
    const adapter = adapterFor('AccessToken');

    await adapter.upsert(id, { jti: id, grantId: 'g', kind: 'AccessToken' }, 60);

    expect(await adapter.find(id)).toBeUndefined();
    expect(store.collectionNames().some((name) => name.includes('accesstoken'))).toBe(false);
  });
});
