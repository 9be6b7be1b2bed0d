import { openEmbeddedStore } from './embedded.store.ts';
import { openMongoStore } from './mongo.store.ts';
import type { Store } from './store.port.ts';

/** MongoDB when MONGODB_URI is set (production); otherwise the embedded store in DATA_DIR. */
export function openStore(options: { mongodbUri?: string | undefined; dataDir: string }): Promise<Store> {
  return options.mongodbUri ? openMongoStore(options.mongodbUri) : openEmbeddedStore(options.dataDir);
}
