import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { createAuditRepository } from './audit/audit.repository.ts';
import { createAuditService } from './audit/audit.service.ts';
import { reconcilePendingAudit } from './audit/pending-audit.ts';
import { createCatalogRepository } from './catalog/catalog.repository.ts';
import { createCatalogService } from './catalog/catalog.service.ts';
import type { CatalogFiles } from './catalog/catalog-files.ts';
import type { Config } from './config.ts';
import { createIdentityService } from './identity/identity.service.ts';
import { createPeopleDirectory } from './identity/people.directory.ts';
import { createSessionRepository } from './identity/session.repository.ts';
import { sessionCookieName } from './identity/session-cookie.ts';
import { createConsentRepository } from './launch/consent.repository.ts';
import { keyEncryption, resolveEncryptionKey } from './launch/keys/key-encryption.ts';
import { createKeyRepository } from './launch/keys/signing-keys.ts';
import { createLaunchService } from './launch/launch.service.ts';
import { createLaunchHintRepository } from './launch/launch-hint.repository.ts';
import { createClientRegistry } from './launch/oidc/client-registry.ts';
import { createLaunchRecordRepository } from './launch/oidc/launch-record.repository.ts';
import { createOidcProvider } from './launch/oidc/provider.ts';
import { createOidcAdapterFactory } from './launch/oidc/store-adapter.ts';
import { createListingRepository } from './listings/listing.repository.ts';
import { createListingsService } from './listings/listings.service.ts';
import { createOrganisationDirectory } from './listings/organisation.directory.ts';
import { createMunicipalitiesService } from './municipalities/municipalities.service.ts';
import { createMunicipalityRepository } from './municipalities/municipality.repository.ts';
import { createUsageRepository } from './municipalities/usage.repository.ts';
import { reconcilePublications } from './review/publication.ts';
import { createReviewService } from './review/review.service.ts';
import { createSuspensionService } from './review/suspension.service.ts';
import { createVersionRepository } from './review/version.repository.ts';
import { provisionDemoClients } from './seed/demo-clients.ts';
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
  const { config, store, logger, catalogFiles } = deps;
  const { criteria } = catalogFiles;
  await seedDemoCatalog(store, catalogFiles, logger);

  const listingRepository = await createListingRepository(store);
  const versionRepository = await createVersionRepository(store);
  const sessionRepository = await createSessionRepository(store);
  const encryptionKey = await resolveEncryptionKey(
    config.keyEncryptionKey,
    config.dataDir,
    config.demoSignIn,
  );
  if (config.demoSignIn) {
    await provisionDemoClients(
      config.dataDir,
      catalogFiles.listings,
      listingRepository,
      logger,
      encryptionKey,
    );
  }
  const repaired = await reconcilePublications(listingRepository, versionRepository, criteria);
  if (repaired > 0) logger.warn({ repaired }, 'published approved versions left unpublished by a crash');

  // The MiniSearch snapshot of the first release: replaced by catalog-search.sqlite (decision 015).
  await rm(path.join(config.dataDir, 'catalog-search.json'), { force: true });
  const catalog = createCatalogService(await createCatalogRepository(store, criteria), {
    searchSnapshotFile: path.join(config.dataDir, 'catalog-search.sqlite'),
  });
  await catalog.warmUp();
  const audit = createAuditService(await createAuditRepository(store));
  const movedAudit = await reconcilePendingAudit(audit, [listingRepository, versionRepository]);
  if (movedAudit > 0) logger.warn({ movedAudit }, 'moved audit events a crash left pending');
  const identity = createIdentityService(sessionRepository, catalogFiles.personas, {
    demoSignIn: config.demoSignIn,
  });
  const listings = createListingsService({
    listings: listingRepository,
    versions: versionRepository,
    audit,
    catalog,
    allowLoopbackLaunchUrls: config.demoSignIn,
  });
  const review = createReviewService({
    versions: versionRepository,
    listings: listingRepository,
    audit,
    catalog,
    criteria,
    organisations: await createOrganisationDirectory(store),
    people: createPeopleDirectory(sessionRepository),
  });
  const suspensions = createSuspensionService({ listings: listingRepository, audit, catalog });
  const municipalityRepository = await createMunicipalityRepository(store);
  const usage = await createUsageRepository(store);
  const municipalities = createMunicipalitiesService({
    municipalities: municipalityRepository,
    listings: listingRepository,
    audit,
    catalog,
    usage,
  });
  const launches = createLaunchService({
    listings: listingRepository,
    municipalities: municipalityRepository,
    consents: await createConsentRepository(store),
    hints: await createLaunchHintRepository(store),
    usage,
    audit,
    issuer: config.publicUrl,
  });
  const encryption = keyEncryption(encryptionKey);
  const keys = await createKeyRepository(store, encryption);
  await keys.ensureActiveKeys();
  const launchRecords = await createLaunchRecordRepository(store);
  const clients = createClientRegistry(listingRepository);
  const oidcProvider = await createOidcProvider({
    issuer: config.publicUrl,
    keys,
    adapter: createOidcAdapterFactory(store),
    clients,
    launchRecords,
    people: sessionRepository,
    secureCookies: config.secureCookies,
    identity,
    launches,
    sessionCookieName: sessionCookieName(config.secureCookies),
  });
  return {
    catalog,
    criteria,
    audit,
    identity,
    listings,
    review,
    suspensions,
    municipalities,
    launches,
    launchRecords,
    clients,
    oidcProvider,
    keys,
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
