import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalogRepository, type SnapshotBatch } from '../../server/catalog/catalog.repository.ts';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import { LISTINGS } from '../../server/listings/listing.documents.ts';
import { seedDemoCatalog } from '../../server/seed/seed-demo-catalog.ts';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import type { Collection, Store, StoredDocument } from '../../server/store/store.port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

/**
 * A first start reads the live listings' ids, then their documents a batch of ids at a time
 * (decision 018). The batches are read by id alone, so the status is checked on what they return:
 * an app taken down between the two reads must not reach the catalog or the search index.
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface ListingDoc extends StoredDocument {
  slug: string;
  status: string;
}

/** The store, with a hook run once, right after the listings' ids are read. */
function afterIdsAreRead(store: Store, hook: () => Promise<void>): Store {
  let done = false;
  return {
    kind: store.kind,
    ping: () => store.ping(),
    close: () => store.close(),
    async collection<T extends StoredDocument>(name: string, indexes?: Parameters<Store['collection']>[1]) {
      const collection = await store.collection<T>(name, indexes);
      if (name !== LISTINGS) return collection;
      return new Proxy(collection, {
        get(target, key, receiver) {
          if (key !== 'find') return Reflect.get(target, key, receiver);
          return async (...args: Parameters<Collection<T>['find']>) => {
            const found = await target.find(...args);
            const idsOnly = args[1]?.pick?.length === 0;
            if (idsOnly && !done) {
              done = true;
              await hook();
            }
            return found;
          };
        },
      });
    },
  };
}

describe('a first start reading the catalog in batches', () => {
  it('leaves out an app taken down after its id was read', async () => {
    const temp = await makeTempDir('batches-');
    cleanups.push(temp.remove);
    const store = await openEmbeddedStore(temp.dir);
    cleanups.push(() => store.close());
    const files = await loadCatalogFiles(CATALOG_DIR);
    await seedDemoCatalog(store, files, pino({ level: 'silent' }));
    const listings = await store.collection<ListingDoc>(LISTINGS);
    const live = (await listings.find({ status: 'live' })).map((doc) => doc.slug).sort();
    const suspended = live[0] as string;
    expect(live.length).toBeGreaterThan(2);

    const repository = await createCatalogRepository(
      afterIdsAreRead(store, async () => {
        await listings.updateOne({ slug: suspended }, { $set: { status: 'suspended' } });
      }),
      files.criteria,
    );
    const batches: SnapshotBatch[] = [];
    const snapshot = await repository.snapshot({ onBatch: (batch) => batches.push(batch) });

    const expected = live.filter((slug) => slug !== suspended);
    expect(snapshot.listings.map((listing) => listing.slug).sort()).toEqual(expected);
    expect(batches.flatMap((batch) => batch.listings.map((listing) => listing.slug)).sort()).toEqual(
      expected,
    );
    expect(batches.flatMap((batch) => [...batch.descriptions.keys()]).sort()).toEqual(expected);
    // The summaries carry what the read model keeps, not the status they were checked by.
    expect(Object.keys(snapshot.listings[0] ?? {}).sort()).toEqual(['id', 'live', 'organisationId', 'slug']);
  });
});
