import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import { KeyMismatchError, keyEncryption } from '../../server/launch/keys/key-encryption.ts';
import { createKeyRepository } from '../../server/launch/keys/signing-keys.ts';
import { createListingRepository } from '../../server/listings/listing.repository.ts';
import { DEMO_CLIENTS_FILE, provisionDemoClients } from '../../server/seed/demo-clients.ts';
import { seedDemoCatalog } from '../../server/seed/seed-demo-catalog.ts';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

/** Issue 10 part 4: several instances on one store. Each instance here is its own store connection. */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir() {
  const temp = await makeTempDir('fleet-');
  cleanups.push(temp.remove);
  return temp.dir;
}

async function connection(dir: string) {
  const store = await openEmbeddedStore(dir);
  cleanups.push(() => store.close());
  return store;
}

describe('several instances on one store', () => {
  it('publish one key set when they start together on an empty store', async () => {
    const dir = await tempDir();
    const kek = randomBytes(32);
    const [a, b] = await Promise.all([connection(dir), connection(dir)]);
    const [keysA, keysB] = await Promise.all([
      createKeyRepository(a, keyEncryption(kek)),
      createKeyRepository(b, keyEncryption(kek)),
    ]);

    await Promise.all([keysA.ensureActiveKeys(), keysB.ensureActiveKeys()]);

    const kids = async (keys: typeof keysA) => (await keys.privateJwks()).map((jwk) => jwk.kid).sort();
    expect(await kids(keysA)).toEqual(await kids(keysB));
    expect(await kids(keysA)).toHaveLength(2);
  });

  it('says that KEY_ENCRYPTION_KEY does not match when another key sealed the store', () => {
    const sealed = keyEncryption(randomBytes(32)).encrypt('private key');
    expect(() => keyEncryption(randomBytes(32)).decrypt(sealed)).toThrow(KeyMismatchError);
    expect(() => keyEncryption(randomBytes(32)).decrypt(sealed)).toThrow(/KEY_ENCRYPTION_KEY does not match/);
  });

  it('give the demo app the same credentials from every instance, so none goes stale', async () => {
    const storeDir = await tempDir();
    const files = await loadCatalogFiles(CATALOG_DIR);
    const logger = pino({ level: 'silent' });
    const kek = randomBytes(32);
    const store = await connection(storeDir);
    await seedDemoCatalog(store, files, logger);
    const listings = await createListingRepository(store);
    const [dirA, dirB] = [await tempDir(), await tempDir()];

    await provisionDemoClients(dirA, files.listings, listings, logger, kek);
    const hashes = (await Promise.all(files.listings.map((l) => listings.findById(l.id)))).map(
      (l) => l?.clientSecretHash,
    );
    await provisionDemoClients(dirB, files.listings, listings, logger, kek);

    const read = (dir: string) => readFile(path.join(dir, DEMO_CLIENTS_FILE), 'utf8');
    expect(await read(dirB)).toEqual(await read(dirA));
    const after = (await Promise.all(files.listings.map((l) => listings.findById(l.id)))).map(
      (l) => l?.clientSecretHash,
    );
    expect(after).toEqual(hashes);
    expect(hashes.every(Boolean)).toBe(true);
  });
});
