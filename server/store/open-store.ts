import type { Store } from './store.port.ts';

/**
 * MongoDB when MONGODB_URI is set (production); otherwise the embedded store in DATA_DIR. Each
 * engine is imported only when chosen: the MongoDB driver alone takes ~200 ms to load.
 */
export async function openStore(options: {
  mongodbUri?: string | undefined;
  dataDir: string;
}): Promise<Store> {
  if (options.mongodbUri) {
    const { openMongoStore } = await import('./mongo.store.ts');
    return openMongoStore(options.mongodbUri);
  }
  const { openEmbeddedStore } = await import('./embedded.store.ts');
  return openEmbeddedStore(options.dataDir);
}
