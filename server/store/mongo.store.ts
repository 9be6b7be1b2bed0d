import { MongoClient, type Document as MongoDocument, MongoServerError } from 'mongodb';
import { checkProjection, withoutNulls } from './projection.ts';
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

function mapError(name: string, error: unknown): Error {
  if (error instanceof MongoServerError && error.code === 11000) return new DuplicateKeyError(name);
  if (error instanceof Error && /Mongo(Network|ServerSelection|NotConnected|Topology)/.test(error.name)) {
    return new StoreUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Production store: the official driver, majority + journaled writes so acknowledged means durable. */
export async function openMongoStore(uri: string): Promise<Store> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: 5_000,
    writeConcern: { w: 'majority', journal: true },
    ignoreUndefined: true,
  });
  await client.connect();
  const db = client.db();
  const prepared = new Map<string, Promise<void>>();

  async function run<R>(name: string, operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      throw mapError(name, error);
    }
  }

  function collectionOf<T extends StoredDocument>(name: string): Collection<T> {
    const c = db.collection<MongoDocument>(name);
    return {
      insertOne: (doc) => run(name, async () => void (await c.insertOne(doc as MongoDocument))),
      insertMany: (docs) =>
        run(name, async () => {
          if (docs.length > 0) await c.insertMany(docs as MongoDocument[]);
        }),
      findOne: (filter) => run(name, async () => (await c.findOne(filter)) as T | null),
      find: (filter: Filter, options: FindOptions = {}) =>
        run(name, async () => {
          checkProjection(options);
          let cursor = c.find(filter);
          if (options.pick)
            cursor = cursor.project({ _id: 1, ...Object.fromEntries(options.pick.map((f) => [f, 1])) });
          else if (options.omit?.length)
            cursor = cursor.project(Object.fromEntries(options.omit.map((f) => [f, 0])));
          if (options.sort) cursor = cursor.sort(options.sort);
          if (options.skip) cursor = cursor.skip(options.skip);
          if (options.limit) cursor = cursor.limit(options.limit);
          const found = (await cursor.toArray()) as unknown as T[];
          const { pick } = options;
          return pick ? found.map((doc) => withoutNulls(doc, pick)) : found;
        }),
      count: (filter) => run(name, () => c.countDocuments(filter)),
      updateOne: (filter, update: Update) =>
        run(name, async () => (await c.updateOne(filter, update as MongoDocument)).matchedCount > 0),
      findOneAndUpdate: (filter, update: Update) =>
        run(
          name,
          async () =>
            (await c.findOneAndUpdate(filter, update as MongoDocument, {
              returnDocument: 'after',
            })) as T | null,
        ),
      deleteOne: (filter) => run(name, async () => (await c.deleteOne(filter)).deletedCount > 0),
      deleteMany: (filter) => run(name, async () => (await c.deleteMany(filter)).deletedCount),
    };
  }

  async function createIndexes(name: string, indexes: IndexSpec[]) {
    for (const index of indexes) {
      await db.collection(name).createIndex(
        { [index.field]: 1 },
        {
          unique: index.unique ?? false,
          sparse: index.sparse ?? false,
          ...(index.expireAfterSeconds === undefined ? {} : { expireAfterSeconds: index.expireAfterSeconds }),
        },
      );
    }
  }

  return {
    kind: 'mongodb',
    async collection<T extends StoredDocument>(name: string, indexes: IndexSpec[] = []) {
      let ready = prepared.get(name);
      if (!ready) {
        ready = run(name, () => createIndexes(name, indexes));
        prepared.set(name, ready);
        ready.catch(() => prepared.delete(name));
      }
      await ready;
      return collectionOf<T>(name);
    },
    async ping() {
      try {
        await db.command({ ping: 1 });
      } catch (error) {
        throw new StoreUnavailableError(error);
      }
    },
    close: () => client.close(),
  };
}
