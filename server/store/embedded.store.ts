import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import {
  type Collection,
  DuplicateKeyError,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Store,
  type StoredDocument,
  StoreUnavailableError,
  type Update,
} from './store.port.ts';

const NAME = /^[a-z][a-z0-9_-]{0,63}$/;

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { errorType?: string }).errorType === 'uniqueViolated'
  );
}

/** File system failures mean the data directory is gone or unwritable: the store is unavailable. */
function mapError(name: string, error: unknown): Error {
  if (isUniqueViolation(error)) return new DuplicateKeyError(name);
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return new StoreUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

class EmbeddedCollection<T extends StoredDocument> implements Collection<T> {
  /** Set when a write reached memory but not the file: memory must be reloaded from the file. */
  private diverged = false;

  constructor(
    private readonly name: string,
    private readonly db: Datastore<T>,
  ) {}

  private async run<R>(operation: () => Promise<R>): Promise<R> {
    try {
      // nedb changes memory first and appends to the file second; after a failed append the
      // memory holds a write nobody acknowledged. Reload from the file (the truth) first.
      if (this.diverged) {
        await this.db.loadDatabaseAsync();
        this.diverged = false;
      }
      return await operation();
    } catch (error) {
      const mapped = mapError(this.name, error);
      if (mapped instanceof StoreUnavailableError) this.diverged = true;
      throw mapped;
    }
  }

  insertOne(doc: T): Promise<void> {
    return this.run(async () => {
      await this.db.insertAsync(doc);
    });
  }

  insertMany(docs: T[]): Promise<void> {
    // nedb inserts an array all-or-nothing, which is what a seed needs.
    return this.run(async () => {
      if (docs.length > 0) await this.db.insertAsync(docs);
    });
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.run(async () => (await this.db.findOneAsync(filter)) ?? null);
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.run(async () => {
      let cursor = this.db.findAsync(filter);
      if (options.sort) cursor = cursor.sort(options.sort);
      if (options.skip) cursor = cursor.skip(options.skip);
      if (options.limit) cursor = cursor.limit(options.limit);
      return await cursor;
    });
  }

  count(filter: Filter): Promise<number> {
    return this.run(async () => await this.db.countAsync(filter));
  }

  updateOne(filter: Filter, update: Update): Promise<boolean> {
    return this.run(async () => {
      const { numAffected } = await this.db.updateAsync(filter, update, { multi: false });
      return numAffected > 0;
    });
  }

  findOneAndUpdate(filter: Filter, update: Update): Promise<T | null> {
    return this.run(async () => {
      const result = await this.db.updateAsync(filter, update, { multi: false, returnUpdatedDocs: true });
      if (result.numAffected === 0) return null;
      const doc = result.affectedDocuments as T | null | T[];
      return Array.isArray(doc) ? (doc[0] ?? null) : (doc ?? null);
    });
  }

  deleteOne(filter: Filter): Promise<boolean> {
    return this.run(async () => (await this.db.removeAsync(filter, { multi: false })) > 0);
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.run(async () => await this.db.removeAsync(filter, { multi: true }));
  }
}

/** How often expired documents are removed: as often as MongoDB's TTL monitor runs. */
export const TTL_SWEEP_MS = 60_000;

/**
 * The default store: @seald-io/nedb, one append-only file per collection in DATA_DIR. An insert or
 * update resolves only after its line was appended to the file, so an acknowledged write survives
 * kill -9 of the process (the OS holds the page; see tests/store-contract/durability.test.ts).
 */
export async function openEmbeddedStore(
  dataDir: string,
  options: { ttlSweepMs?: number } = {},
): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const collections = new Map<string, Promise<EmbeddedCollection<StoredDocument>>>();
  const sweeps = new Set<NodeJS.Timeout>();

  /**
   * nedb drops an expired document only when a query happens to read it; codes, login hints and
   * launch records are read once, before they expire, so without this they would pile up for
   * ever in memory, in the file and in every index update (issue 5). Like MongoDB's TTL monitor.
   */
  function sweepExpired(collection: EmbeddedCollection<StoredDocument>, indexes: IndexSpec[]) {
    for (const { field, expireAfterSeconds } of indexes) {
      if (expireAfterSeconds === undefined) continue;
      const sweep = () =>
        collection
          .deleteMany({ [field]: { $lt: new Date(Date.now() - expireAfterSeconds * 1000) } })
          .catch(() => undefined); // an unavailable store is tried again on the next round
      void sweep();
      const timer = setInterval(sweep, options.ttlSweepMs ?? TTL_SWEEP_MS).unref();
      sweeps.add(timer);
    }
  }

  async function open(name: string, indexes: IndexSpec[]) {
    if (!NAME.test(name)) throw new Error(`invalid collection name ${name}`);
    const db = new Datastore<StoredDocument>({ filename: path.join(dataDir, `${name}.db`) });
    await db.loadDatabaseAsync();
    for (const index of indexes) {
      await db.ensureIndexAsync({
        fieldName: index.field,
        unique: index.unique ?? false,
        ...(index.expireAfterSeconds === undefined ? {} : { expireAfterSeconds: index.expireAfterSeconds }),
      });
    }
    const collection = new EmbeddedCollection(name, db);
    sweepExpired(collection, indexes);
    return collection;
  }

  return {
    kind: 'embedded',
    collection<T extends StoredDocument>(name: string, indexes: IndexSpec[] = []) {
      let opened = collections.get(name);
      if (!opened) {
        opened = open(name, indexes);
        collections.set(name, opened);
        opened.catch(() => collections.delete(name));
      }
      return opened as unknown as Promise<Collection<T>>;
    },
    async ping() {
      try {
        await access(dataDir, constants.W_OK);
      } catch (error) {
        throw new StoreUnavailableError(error);
      }
    },
    async close() {
      for (const timer of sweeps) clearInterval(timer);
      sweeps.clear();
      collections.clear();
    },
  };
}
