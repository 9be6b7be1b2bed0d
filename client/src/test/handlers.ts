import { HttpResponse, http } from 'msw';
import { AppListQuerySchema } from '../../../shared/schemas/catalog.ts';
import { buildCatalog, buildProblem, type Catalog, toSummary } from './fixtures.ts';

/** The API answers problem+json for errors, as the real server does. */
export function problemResponse(status: number, title: string) {
  return HttpResponse.json(buildProblem({ status, title }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/**
 * Default API handlers over a small in-memory catalog. The list endpoint validates its query
 * with the shared schema, like the server, so a client that sends a bad filter fails here.
 */
export function buildHandlers(catalog: Catalog = buildCatalog()) {
  return [
    http.get('*/api/v1/me/consent-history', () => HttpResponse.json({ items: [] })),
    http.get('*/api/v1/apps', ({ request }) => {
      const parsed = AppListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) return problemResponse(400, 'Bad Request');
      const { q, category, municipality, page, pageSize } = parsed.data;
      const matches = catalog.apps.filter(
        (app) =>
          (!q || `${app.name} ${app.tagline.nl}`.toLowerCase().includes(q.toLowerCase())) &&
          (!category || app.categories.includes(category)) &&
          (!municipality || app.offeredBy.includes(municipality)),
      );
      const start = (page - 1) * pageSize;
      return HttpResponse.json({
        items: matches.slice(start, start + pageSize).map(toSummary),
        total: matches.length,
        page,
        pageSize,
      });
    }),
    http.get('*/api/v1/apps/:slug', ({ params }) => {
      const app = catalog.apps.find((candidate) => candidate.slug === params.slug);
      return app ? HttpResponse.json(app) : problemResponse(404, 'Not Found');
    }),
    http.get('*/api/v1/categories', () => HttpResponse.json(catalog.categories)),
    // The public register and a vendor's objections (issue 13): empty unless a test says otherwise.
    http.get('*/api/v1/decisions', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 20 })),
    http.get('*/api/v1/objections', () => HttpResponse.json({ items: [] })),
    http.get('*/api/v1/municipalities/:code/apps/:slug/local-info', () => problemResponse(404, 'Not Found')),
    http.get('*/api/v1/municipalities', () => HttpResponse.json(catalog.municipalities)),
    // Issue 11: the apps a municipality offers, and a resident's own request (none asked yet).
    http.get('*/api/v1/municipalities/:code/catalog', ({ params }) =>
      HttpResponse.json({
        code: params.code,
        slugs: catalog.apps
          .filter((app) => app.offeredBy.includes(String(params.code)))
          .map((app) => app.slug),
      }),
    ),
    http.get('*/api/v1/me/app-requests/:slug', ({ params }) =>
      HttpResponse.json({ slug: params.slug, municipality: 'GM0363', requested: false, offered: false }),
    ),
    // Issue 12: no evidence, incidents or notifications unless a test says otherwise.
    http.get('*/api/v1/apps/:slug/evidence', () => HttpResponse.json({ items: [] })),
    http.get('*/api/v1/me/incident-notices', () => HttpResponse.json({ items: [] })),
    http.get('*/api/v1/me/notifications', () => HttpResponse.json({ items: [] })),
    http.get('*/api/v1/vendor/listings/:id/evidence', () => HttpResponse.json({ items: [] })),
    // Signed out unless a test says otherwise with server.use(...).
    http.get('*/api/v1/session', () => HttpResponse.json({ user: null, roles: [], idleExpiresAt: null })),
    http.get('*/api/v1/session/sign-in-methods', () =>
      HttpResponse.json({ residents: false, staff: false, demo: true }),
    ),
  ];
}
