import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { createAuditRepository } from './audit/audit.repository.ts';
import { createAuditService } from './audit/audit.service.ts';
import { reconcilePendingAudit } from './audit/pending-audit.ts';
import { createCatalogRepository } from './catalog/catalog.repository.ts';
import { createCatalogService } from './catalog/catalog.service.ts';
import { CATALOG_DIR, type CatalogFiles } from './catalog/catalog-files.ts';
import type { Config, SignInConnection } from './config.ts';
import { createEvidenceRepository } from './evidence/evidence.repository.ts';
import { createEvidenceService } from './evidence/evidence.service.ts';
import { createRateLimitCounters } from './http/rate-limit.counters.ts';
import { createRateLimiter } from './http/rate-limit.ts';
import type { ChoiceNamer } from './identity/identity.routes.ts';
import { createIdentityService } from './identity/identity.service.ts';
import { createPeopleDirectory } from './identity/people.directory.ts';
import { createSessionRepository } from './identity/session.repository.ts';
import { sessionCookieName } from './identity/session-cookie.ts';
import { createConsentRepository } from './launch/consent.repository.ts';
import { createConsentHistoryRepository } from './launch/consent-history.repository.ts';
import { keyEncryption, resolveEncryptionKey } from './launch/keys/key-encryption.ts';
import { createKeyRepository } from './launch/keys/signing-keys.ts';
import { createLaunchService } from './launch/launch.service.ts';
import { createLaunchHintRepository } from './launch/launch-hint.repository.ts';
import { createClientRegistry } from './launch/oidc/client-registry.ts';
import { createLaunchRecordRepository } from './launch/oidc/launch-record.repository.ts';
import { createProviderHolder } from './launch/oidc/provider-holder.ts';
import { createListingRepository } from './listings/listing.repository.ts';
import { createListingsService } from './listings/listings.service.ts';
import { createOrganisationDirectory } from './listings/organisation.directory.ts';
import { createMediaRepository } from './media/media.repository.ts';
import { createMediaService } from './media/media.service.ts';
import { createAppRequestRepository } from './municipalities/app-request.repository.ts';
import { appRequestKey, createAppRequestsService } from './municipalities/app-requests.service.ts';
import { createMunicipalitiesService } from './municipalities/municipalities.service.ts';
import { createMunicipalityRepository } from './municipalities/municipality.repository.ts';
import { createOfferConditionsRepository } from './municipalities/offer-conditions.repository.ts';
import { createUsageRepository } from './municipalities/usage.repository.ts';
import { createObjectionRepository } from './objections/objection.repository.ts';
import { createObjectionsService } from './objections/objections.service.ts';
import { loadCbsRegister } from './onboarding/cbs-register.ts';
import { createInvitationRepository } from './onboarding/invitation.repository.ts';
import { createMembershipRepository } from './onboarding/membership.repository.ts';
import { createMunicipalityRegister } from './onboarding/municipality-register.ts';
import { createOnboardingService } from './onboarding/onboarding.service.ts';
import { createOrganisationRepository } from './onboarding/organisation.repository.ts';
import { createStaffAccessService } from './onboarding/staff-access.service.ts';
import { createReferralRepository } from './referrals/referral.repository.ts';
import { createReferralsService } from './referrals/referrals.service.ts';
import { createDecisionRepository } from './register/decision.repository.ts';
import { createRegisterService } from './register/register.service.ts';
import { reconcilePublications } from './review/publication.ts';
import { createReviewService } from './review/review.service.ts';
import { createReviewHistory } from './review/review-history.ts';
import { createSuspensionService } from './review/suspension.service.ts';
import { createVersionRepository } from './review/version.repository.ts';
import { createTrustServices } from './scheduler/trust-services.ts';
import { provisionDemoClients } from './seed/demo-clients.ts';
import { seedDemoCatalog } from './seed/seed-demo-catalog.ts';
import { type ConnectionName, createSignInFlow, type SignInFlow } from './sign-in/sign-in.service.ts';
import { createUpstreamClient } from './sign-in/upstream-client.ts';
import type { Store } from './store/store.port.ts';

export interface ServiceDeps {
  config: Config;
  store: Store;
  logger: Logger;
  catalogFiles: CatalogFiles;
}

/**
 * Wires repositories into services (routes -> service -> repository). Demo mode seeds the demo
 * catalog first; production starts clean (docs/decisions/023): the criteria and the CBS register
 * are shipped data, and everything else comes through onboarding and the vendor flow.
 */
export async function createServices(deps: ServiceDeps) {
  const { config, store, logger, catalogFiles } = deps;
  const { criteria } = catalogFiles;
  // Created first: on a first start it starts the search index's worker thread, which then starts
  // up while the store is seeded and checked (issue 10, first boot).
  const catalogRepository = await createCatalogRepository(store, criteria);
  const catalog = createCatalogService(catalogRepository, {
    searchSnapshotFile: path.join(config.dataDir, 'catalog-search.sqlite'),
  });
  const seeded = config.demoSignIn && (await seedDemoCatalog(store, catalogFiles, logger));
  const counters = await createRateLimitCounters(store);
  const limits = {
    signIn: createRateLimiter(counters, {
      name: 'sign-in',
      limit: config.signInLimitPerMinute,
      windowMs: 60_000,
    }),
    draftSaves: createRateLimiter(counters, {
      name: 'draft-saves',
      limit: config.limits.draftSavesPerMinute,
      windowMs: 60_000,
    }),
    launches: createRateLimiter(counters, {
      name: 'launches',
      limit: config.limits.launchesPerMinute,
      windowMs: 60_000,
    }),
    /** Guessing referral codes is pointless (128 bits), but each try costs a lookup: bound it. */
    referralOpens: createRateLimiter(counters, { name: 'referral-opens', limit: 30, windowMs: 60_000 }),
  };

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
  const encryption = keyEncryption(encryptionKey);
  const keys = await createKeyRepository(store, encryption);
  // A new store's first RSA key is generated off the main thread (~0.3 s) while the catalog is
  // read and indexed; awaited before the provider is built (issue 10, first boot).
  const keysReady = keys.ensureActiveKeys();
  keysReady.catch(() => undefined); // awaited below; a failure is thrown there
  const keyed = await listingRepository.backfillNameKeys();
  if (keyed > 0) logger.info({ keyed }, 'gave listings their name keys');
  const repaired = await reconcilePublications(listingRepository, versionRepository, criteria);
  if (repaired > 0) logger.warn({ repaired }, 'published approved versions left unpublished by a crash');

  // The MiniSearch snapshot of the first release: replaced by catalog-search.sqlite (decision 015).
  await rm(path.join(config.dataDir, 'catalog-search.json'), { force: true });
  // Apps the seed added change the catalog like a publish does (a kept snapshot is stale).
  if (seeded) await catalogRepository.bumpChangeCounter();
  // Awaited at the end: a first start fills the search index in a worker thread meanwhile.
  const catalogReady = catalog.warmUp();
  catalogReady.catch(() => undefined); // awaited below; a failure is thrown there
  const audit = createAuditService(await createAuditRepository(store));
  const forgotten = await audit.forgetResidentEvents();
  if (forgotten > 0) logger.warn({ forgotten }, 'erased resident events from the staff audit trail');
  const movedAudit = await reconcilePendingAudit(audit, [listingRepository, versionRepository]);
  if (movedAudit > 0) logger.warn({ movedAudit }, 'moved audit events a crash left pending');
  const memberships = await createMembershipRepository(store);
  const invitations = await createInvitationRepository(store);
  const staffAccess = createStaffAccessService({
    memberships,
    invitations,
    audit,
    platformAdmins: config.platformAdmins,
  });
  const identity = createIdentityService(sessionRepository, catalogFiles.personas, {
    demoSignIn: config.demoSignIn,
    grantedMemberships: staffAccess.membershipsOf,
  });
  const evidenceRepository = await createEvidenceRepository(store);
  const evidence = createEvidenceService({
    evidence: evidenceRepository,
    listings: listingRepository,
    audit,
    criteria,
  });
  const media = createMediaService({
    media: await createMediaRepository(store),
    listings: listingRepository,
    versions: versionRepository,
    writes: limits.draftSaves,
  });
  const listings = createListingsService({
    listings: listingRepository,
    versions: versionRepository,
    audit,
    catalog,
    allowLoopbackLaunchUrls: config.demoSignIn,
    evidenceSnapshot: evidence.snapshot,
    media,
    limits: { listingsPerOrganisation: config.limits.listingsPerOrganisation, draftSaves: limits.draftSaves },
  });
  const organisations = await createOrganisationDirectory(store);
  const register = createRegisterService({
    decisions: await createDecisionRepository(store),
    organisations,
    criteria,
  });
  const listedBefore = await register.recordListedBeforeRegister(listingRepository);
  if (listedBefore > 0) logger.info({ listedBefore }, 'recorded apps listed before the decision register');
  const review = createReviewService({
    versions: versionRepository,
    listings: listingRepository,
    audit,
    catalog,
    criteria,
    organisations,
    people: createPeopleDirectory(sessionRepository),
    register,
    evidence,
  });
  const suspensions = createSuspensionService({ listings: listingRepository, audit, catalog, register });
  const reviewHistory = createReviewHistory({ audit, listings: listingRepository });
  const objections = createObjectionsService({
    objections: await createObjectionRepository(store),
    register,
    listings: listingRepository,
    versions: versionRepository,
    suspensions,
    audit,
  });
  const municipalityRepository = await createMunicipalityRepository(store);
  const offerConditions = await createOfferConditionsRepository(store);
  const usage = await createUsageRepository(store);
  const appRequestRepository = await createAppRequestRepository(store);
  const municipalities = createMunicipalitiesService({
    appRequests: appRequestRepository,
    conditions: offerConditions,
    municipalities: municipalityRepository,
    listings: listingRepository,
    audit,
    catalog,
    usage,
  });
  const referrals = createReferralsService({
    referrals: await createReferralRepository(store),
    listings: listingRepository,
    municipalities,
    audit,
    publicUrl: config.publicUrl,
  });
  const consentRepository = await createConsentRepository(store);
  const launches = createLaunchService({
    listings: listingRepository,
    municipalities: municipalityRepository,
    offerConditions,
    consents: consentRepository,
    hints: await createLaunchHintRepository(store),
    history: await createConsentHistoryRepository(store),
    limits: { launches: limits.launches, vendorWrites: limits.draftSaves },
    usage,
    issuer: config.publicUrl,
  });
  const trust = await createTrustServices({
    config,
    store,
    logger,
    personas: catalogFiles.personas,
    audit,
    listings: listingRepository,
    evidenceRepository,
    municipalities: municipalityRepository,
    sessions: sessionRepository,
    consents: consentRepository,
    suspensions,
    register,
  });
  await keysReady;
  const appRequests = createAppRequestsService({
    requests: appRequestRepository,
    municipalities: municipalityRepository,
    catalog,
    key: async () => appRequestKey(await keys.personIdSecret()),
  });
  const launchRecords = await createLaunchRecordRepository(store);
  const clients = createClientRegistry(listingRepository);
  // Rebuilt when the signing keys change, so a rotation needs no restart (issue 10).
  const oidcProvider = createProviderHolder({
    // Loaded when first built, right after the server listens (serve.ts): oidc-provider and koa
    // are ~0.1 s of every start to load (issue 10, restart).
    build: async () => {
      const [{ createOidcProvider }, { createOidcAdapterFactory }] = await Promise.all([
        import('./launch/oidc/provider.ts'),
        import('./launch/oidc/store-adapter.ts'),
      ]);
      return createOidcProvider({
        issuer: config.publicUrl,
        keys,
        adapter: createOidcAdapterFactory(store),
        clients,
        launchRecords,
        people: sessionRepository,
        secureCookies: config.secureCookies,
        allowLoopbackJwksUri: config.demoSignIn,
        identity,
        launches,
        sessionCookieName: sessionCookieName(config.secureCookies),
      });
    },
    keys,
    logger,
  });
  const cbsRegister = await loadCbsRegister(CATALOG_DIR);
  const onboarding = createOnboardingService({
    memberships,
    invitations,
    organisations: await createOrganisationRepository(store),
    municipalities: await createMunicipalityRegister(store, cbsRegister),
    people: sessionRepository,
    audit,
    catalog,
  });
  // Names of what someone can act for (GET /api/v1/session): CBS names and organisation names.
  const cbsNames = new Map(cbsRegister.map((m) => [m.code, m.name]));
  const actingForNames: ChoiceNamer = async (choice) =>
    choice.kind === 'municipality' ? (cbsNames.get(choice.id) ?? choice.id) : organisations.name(choice.id);
  const signInFlows: Partial<Record<ConnectionName, SignInFlow>> = {};
  // The DigiD broker, the staff connection of STAFF_SIGN_IN_*, and those of STAFF_SIGN_IN_FILE.
  const connections: [ConnectionName, SignInConnection | null][] = [
    ['residents', config.residentSignIn],
    ['staff', config.staffSignIn],
    ...(config.staffConnections ?? []).map((c): [ConnectionName, SignInConnection] => [`staff/${c.name}`, c]),
  ];
  for (const [name, connection] of connections) {
    if (!connection) continue;
    signInFlows[name] = createSignInFlow({
      name,
      upstream: createUpstreamClient(connection, () => keys.privateJwks()),
      publicUrl: config.publicUrl,
      personIdKey: keys.personIdSecret,
      logger,
    });
  }
  await catalogReady;
  return {
    reviewHistory,
    limits,
    catalog,
    onboarding,
    staffAccess,
    signInFlows,
    actingForNames,
    criteria,
    audit,
    identity,
    listings,
    review,
    suspensions,
    register,
    objections,
    referrals,
    municipalities,
    appRequests,
    launches,
    launchRecords,
    clients,
    oidcProvider,
    keys,
    evidence,
    media,
    ...trust,
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
