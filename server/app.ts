import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { API_BASE } from '../shared/api-version.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { catalogRoutes } from './catalog/catalog.routes.ts';
import type { Config } from './config.ts';
import { evidenceRoutes } from './evidence/evidence.routes.ts';
import { apiVersionHeader, unknownApiPath } from './http/api-conventions.ts';
import { apiRouter, mountRoutes, type RouteSpec } from './http/api-route.ts';
import { problemMiddleware, readOnly, sendProblem, unknownPath } from './http/problem.middleware.ts';
import { requestLogging } from './http/request-logging.ts';
import { sameOriginOnly } from './http/same-origin.ts';
import { type HeaderList, securityHeaders } from './http/security-headers.ts';
import { unknownWellKnownPath } from './http/well-known.ts';
import { identityRoutes } from './identity/identity.routes.ts';
import { sessionMiddleware } from './identity/session.middleware.ts';
import { sessionCookieName } from './identity/session-cookie.ts';
import { incidentsRoutes } from './incidents/incidents.routes.ts';
import { launchRoutes } from './launch/launch.routes.ts';
import { mountOidc } from './launch/oidc/interaction.routes.ts';
import { listingsRoutes } from './listings/listings.routes.ts';
import { mediaRoutes } from './media/media.routes.ts';
import { uploadedMedia } from './media/media.serve.ts';
import { appRequestRoutes } from './municipalities/app-requests.routes.ts';
import { municipalitiesRoutes } from './municipalities/municipalities.routes.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { objectionsRoutes } from './objections/objections.routes.ts';
import { onboardingRoutes } from './onboarding/onboarding.routes.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { referralsRoutes } from './referrals/referrals.routes.ts';
import { registerFeed, registerRoutes } from './register/register.routes.ts';
import { reviewRoutes } from './review/review.routes.ts';
import { reviewHistoryRoutes } from './review/review-history.routes.ts';
import type { Services } from './services.ts';
import { signInApiRoutes } from './sign-in/sign-in.api-routes.ts';
import { signInRouter } from './sign-in/sign-in.routes.ts';
import type { Store } from './store/store.port.ts';
import type { FirstViewService } from './storefront/first-view.service.ts';
import { serveStorefront } from './storefront/storefront.routes.ts';

export interface AppDeps {
  config: Config;
  logger: Logger;
  store: Store;
  services: Services;
  /** Built storefront (vite build output); served with SPA deep links when present. */
  clientDir: string;
  mediaDir: string;
  /** helmet's headers, computed once (server/http/security-headers.ts). */
  securityHeaders: HeaderList;
  /** The storefront's pages with their first view rendered (server/storefront/). */
  firstViews: FirstViewService;
}

export function apiRouteSpecs(services: Services, config: Config): RouteSpec[] {
  const cookie = { name: sessionCookieName(config.secureCookies), secure: config.secureCookies };
  return [
    ...catalogRoutes(services.catalog, services.criteria),
    ...municipalitiesRoutes(services.municipalities, services.catalog),
    ...appRequestRoutes(services.appRequests, services.catalog),
    ...identityRoutes(services.identity, cookie, services.limits.signIn, services.actingForNames),
    ...listingsRoutes(services.listings),
    ...reviewRoutes(services.review, services.suspensions),
    ...reviewHistoryRoutes(services.reviewHistory),
    ...auditRoutes(services.audit),
    ...launchRoutes(services.launches),
    ...registerRoutes(services.register),
    ...objectionsRoutes(services.objections),
    ...referralsRoutes(services.referrals, services.limits.referralOpens),
    ...evidenceRoutes(services.evidence),
    ...mediaRoutes(services.media),
    ...incidentsRoutes(services.incidents),
    ...notificationsRoutes(services.notifications),
    ...signInApiRoutes(services.signInFlows, config.demoSignIn, config.staffConnections),
    ...onboardingRoutes(services.onboarding),
  ];
}

/** Assembles middleware and routers; never listens (server/serve.ts does). */
export function createApp(deps: AppDeps): Express {
  const { config, logger, store, services } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('strict routing', true);
  app.set('case sensitive routing', true);
  app.set('trust proxy', false);
  app.set('etag', false);

  app.use(requestLogging(logger));
  app.use(securityHeaders(deps.securityHeaders));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'up' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready', store: store.kind });
    } catch {
      res.setHeader('Retry-After', '5');
      sendProblem(req, res, 503, 'Not ready', 'The data store cannot be reached.');
    }
  });

  const specs = apiRouteSpecs(services, config);
  // Built on its first request: generating it from every route's schemas takes ~0.2 s of a start.
  let openApi: string | undefined;
  const api = apiRouter();
  api.use(apiVersionHeader);
  api.get('/openapi.json', (_req, res) => {
    openApi ??= JSON.stringify(
      buildOpenApiDocument(specs, config.publicUrl, sessionCookieName(config.secureCookies)),
    );
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/json').send(openApi);
  });
  api.use(sameOriginOnly(config.publicUrl));
  api.use(sessionMiddleware(services.identity, sessionCookieName(config.secureCookies)));
  api.use(express.json({ limit: '1mb', strict: true, type: ['application/json', 'application/*+json'] }));
  mountRoutes(api, specs);
  api.use(unknownApiPath);
  app.use(API_BASE, api);
  app.use('/api', apiVersionHeader, unknownApiPath);

  app.use(
    '/auth',
    signInRouter({
      publicUrl: config.publicUrl,
      secureCookies: config.secureCookies,
      sessionCookieName: sessionCookieName(config.secureCookies),
      signInLimiter: services.limits.signIn,
      municipalityClaim: config.municipalityClaim,
      flows: services.signInFlows,
      flowKey: services.keys.signInFlowSecret,
      identity: services.identity,
      staffAccess: services.staffAccess,
      logger,
    }),
  );
  mountOidc(app, {
    oidc: services.oidcProvider,
    identity: services.identity,
    launches: services.launches,
    launchRecords: services.launchRecords,
    clients: services.clients,
    sessionCookieName: sessionCookieName(config.secureCookies),
    publicUrl: config.publicUrl,
    demoSignIn: config.demoSignIn,
    residentBroker: Boolean(services.signInFlows.residents),
    limitPerMinute: config.oidcLimitPerMinute,
  });
  app.get('/besluiten/feed.atom', registerFeed(services.register, config.publicUrl));
  app.use('/.well-known', unknownWellKnownPath);
  app.use(
    '/media',
    readOnly,
    uploadedMedia(services.media),
    express.static(deps.mediaDir, { index: false, fallthrough: false, maxAge: '1h' }),
  );
  serveStorefront(app, deps.clientDir, deps.firstViews);
  app.use(unknownPath);

  app.use(problemMiddleware(logger));
  return app;
}
