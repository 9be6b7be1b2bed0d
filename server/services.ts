import type { Logger } from 'pino';
import { createCatalogRepository } from './catalog/catalog.repository.ts';
import { createCatalogService } from './catalog/catalog.service.ts';
import type { CatalogFiles } from './catalog/catalog-files.ts';
import type { Config } from './config.ts';
import { seedDemoCatalog } from './seed/seed-demo-catalog.ts';
import type { Store } from './store/store.port.ts';

export interface ServiceDeps {
  config: Config;
  store: Store;
  logger: Logger;
  catalogFiles: CatalogFiles;
}

/** Wires repositories into services (routes -> service -> repository), seeding the demo catalog first. */
export async function createServices(deps: ServiceDeps) {
  const { store, logger, catalogFiles } = deps;
  await seedDemoCatalog(store, catalogFiles, logger);
  const catalogRepository = await createCatalogRepository(store, catalogFiles.criteria);
  const catalog = createCatalogService(catalogRepository);
  await catalog.warmUp();
  return { catalog };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
