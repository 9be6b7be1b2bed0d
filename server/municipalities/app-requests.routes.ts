import {
  AppRequestCountsSchema,
  AppRequestStatusSchema,
  MunicipalityCatalogSchema,
} from '../../shared/schemas/app-request.ts';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import { MunicipalityParamsSchema } from '../../shared/schemas/municipality-admin.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { NotFoundError } from '../http/errors.ts';
import { prepareJson } from '../http/prepared-json.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { AppRequestsService } from './app-requests.service.ts';

/** A resident's own wish: never kept by a browser cache or a proxy. */
const NO_STORE = { 'Cache-Control': 'no-store' };
const residentProblems = {
  400: { description: 'Invalid input, naming the field' },
  401: { description: 'Not signed in (nothing is stored)' },
  403: { description: 'Not a resident, or a resident without a known municipality' },
  404: { description: 'No such app in the catalog' },
};

/** Issue 11: residents ask their municipality for an app; its administrators see counts. */
export function appRequestRoutes(requests: AppRequestsService, catalog: CatalogService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/municipalities/:code/catalog',
      operationId: 'getMunicipalityCatalog',
      description:
        "Public. The slugs of the live apps the municipality's residents see as offered now (its own conditions met), in name order: the same set GET /apps?municipality= filters on.",
      summary: "The apps a municipality's residents can open now",
      tag: 'municipalities',
      auth: 'public',
      params: MunicipalityParamsSchema,
      responses: {
        200: { description: 'Slugs', schema: MunicipalityCatalogSchema },
        400: residentProblems[400],
        404: { description: 'No such municipality' },
      },
      handler: async ({ params }) => {
        const slugs = await catalog.offeredSlugs(params.code);
        if (!slugs) throw new NotFoundError(`There is no municipality ${params.code}.`);
        return { status: 200, prepared: prepareJson({ code: params.code, slugs }) };
      },
    }),
    route({
      method: 'get',
      path: '/me/app-requests/:slug',
      operationId: 'getAppRequest',
      description:
        "Residents only. Whether the resident asked their municipality to offer this app, and whether it offers it already. Only the resident's own request can be read.",
      summary: 'Did I ask my municipality for this app?',
      tag: 'municipalities',
      auth: 'session',
      params: SlugParamsSchema,
      responses: { 200: { description: 'The request', schema: AppRequestStatusSchema }, ...residentProblems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await requests.status(requireUser(res), params.slug),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'put',
      path: '/me/app-requests/:slug',
      operationId: 'requestApp',
      description:
        "Residents only. Asks the resident's municipality to offer this live app. One request per resident and app (asking again changes nothing); its administrators see only how many residents asked. 409 when the municipality offers it already.",
      summary: 'Ask my municipality to offer this app',
      tag: 'municipalities',
      auth: 'session',
      params: SlugParamsSchema,
      responses: {
        200: { description: 'Asked', schema: AppRequestStatusSchema },
        ...residentProblems,
        409: { description: 'The municipality offers the app already (nothing is stored)' },
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await requests.request(requireUser(res), params.slug),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'delete',
      path: '/me/app-requests/:slug',
      operationId: 'withdrawAppRequest',
      description: 'Residents only. Withdraws the request; nothing of it is kept. Idempotent.',
      summary: 'Withdraw my request for this app',
      tag: 'municipalities',
      auth: 'session',
      params: SlugParamsSchema,
      responses: { 204: { description: 'Withdrawn' }, ...residentProblems },
      handler: async ({ res, params }) => {
        await requests.withdraw(requireUser(res), params.slug);
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/municipalities/:code/app-requests',
      operationId: 'countAppRequests',
      description:
        'Municipality admins of this municipality only. Per live app the municipality does not offer: how many of its residents asked for it. Counts only, never who.',
      summary: 'How many residents asked for each app not offered (counts only)',
      tag: 'municipalities',
      auth: 'session',
      params: MunicipalityParamsSchema,
      responses: {
        200: { description: 'Counts', schema: AppRequestCountsSchema },
        400: residentProblems[400],
        401: residentProblems[401],
        403: { description: 'Not an administrator of this municipality' },
        404: { description: 'No such municipality' },
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await requests.counts(requireUser(res), params.code),
        headers: NO_STORE,
      }),
    }),
  ];
}
