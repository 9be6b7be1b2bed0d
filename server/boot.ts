import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { CATALOG_DIR, loadCatalogFiles } from './catalog/catalog-files.ts';
import type { Config } from './config.ts';
import { createServices } from './services.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.port.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));

/** Opens the store, seeds and wires everything: shared by start.ts, the tests and the benchmarks. */
export async function boot(config: Config, logger: Logger, options: { store?: Store } = {}) {
  const store = options.store ?? (await openStore(config));
  const catalogFiles = await loadCatalogFiles(CATALOG_DIR);
  const services = await createServices({ config, store, logger, catalogFiles });
  const app = createApp({
    config,
    logger,
    store,
    services,
    clientDir: CLIENT_DIR,
    mediaDir: `${CATALOG_DIR}/media`,
  });
  return { app, store, services };
}
