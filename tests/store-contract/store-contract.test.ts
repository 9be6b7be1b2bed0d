import { afterAll, describe } from 'vitest';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { openMongoStore } from '../../server/store/mongo.store.ts';
import type { Store } from '../../server/store/store.port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { storeContract } from './contract-suite.ts';

const opened: Store[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
  for (const cleanup of cleanups) await cleanup();
});

describe('store contract: embedded (SQLite)', () => {
  storeContract(async () => {
    const temp = await makeTempDir('store-contract-');
    cleanups.push(temp.remove);
    const store = await openEmbeddedStore(temp.dir);
    opened.push(store);
    return store;
  });
});

const mongoUri = process.env.MONGODB_URI;
if (!mongoUri) {
  console.info(
    'store contract: MONGODB_URI is not set, so the MongoDB adapter is not exercised (see README).',
  );
}

describe.skipIf(!mongoUri)('store contract: MongoDB', () => {
  let shared: Promise<Store> | undefined;
  storeContract(async () => {
    shared ??= openMongoStore(mongoUri as string).then((store) => {
      opened.push(store);
      return store;
    });
    return shared;
  });
});
