import path from 'node:path';
import type { Logger } from 'pino';
import { API_BASE } from '../shared/api-version.ts';
import { createApp } from './app.ts';
import { catalogFastReader } from './catalog/catalog.fast-reads.ts';
import { CATALOG_DIR, loadCatalogFiles } from './catalog/catalog-files.ts';
import type { Config } from './config.ts';
import { fastLane } from './http/fast-lane.ts';
import { securityHeaderList } from './http/security-headers.ts';
import { ensurePrivateDir } from './private-files.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { createServices } from './services.ts';
import type { EmbeddedStore } from './store/embedded.store.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.port.ts';
import { createFirstViewService } from './storefront/first-view.service.ts';
import { storefrontFiles } from './storefront/storefront.routes.ts';

export const CLIENT_DIR = path.join(PROJECT_ROOT, 'dist', 'client');

/** Opens the store, seeds and wires everything: shared by serve.ts, the tests and the benchmarks. */
export async function boot(config: Config, logger: Logger, options: { store?: Store } = {}) {
  // DATA_DIR also holds the search snapshot and, in demo mode, the demo credentials: with
  // MONGODB_URI nothing else creates it (issue 10). 0700, whatever an earlier version left (issue 9).
  await ensurePrivateDir(config.dataDir);
  const store = options.store ?? (await openStore(config));
  if (store.kind === 'embedded' && (store as EmbeddedStore).imported) {
    logger.warn(
      { imported: (store as EmbeddedStore).imported },
      'imported the data of the nedb release (decision 014)',
    );
  }
  const catalogFiles = await loadCatalogFiles(CATALOG_DIR);
  const services = await createServices({ config, store, logger, catalogFiles });
  const headers = securityHeaderList({ publicUrl: config.publicUrl, allowLoopbackApps: config.demoSignIn });
  const firstViews = createFirstViewService({
    ...storefrontFiles(CLIENT_DIR),
    catalog: services.catalog,
    publicUrl: config.publicUrl,
    logger,
  });
  const app = createApp({
    config,
    logger,
    store,
    services,
    clientDir: CLIENT_DIR,
    mediaDir: `${CATALOG_DIR}/media`,
    securityHeaders: headers,
    firstViews,
  });
  /** What the HTTP server runs: the fast lane for catalog reads, Express for everything else. */
  const handler = fastLane({
    logger,
    securityHeaders: headers,
    readers: { [API_BASE]: catalogFastReader(services.catalog) },
    app,
  });
  return { app, handler, store, services, firstViews };
}
