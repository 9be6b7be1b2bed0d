import { z } from 'zod';
import { MunicipalitySchema } from '../../shared/schemas/municipality.ts';
import {
  MunicipalityOffersSchema,
  MunicipalityParamsSchema,
  MunicipalityUsageSchema,
  OfferParamsSchema,
} from '../../shared/schemas/municipality-admin.ts';
import {
  LocalInfoSchema,
  OfferConditionsInputSchema,
  OfferStatusSchema,
} from '../../shared/schemas/offer-conditions.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { MunicipalitiesService } from './municipalities.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not an administrator of this municipality' },
  404: { description: 'No such municipality or live app' },
};

export function municipalitiesRoutes(
  municipalities: MunicipalitiesService,
  catalog: CatalogService,
): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/municipalities',
      operationId: 'listMunicipalities',
      description:
        'Public. Every municipality on the platform with its CBS code (GM0344 is Utrecht) and name.',
      summary: 'The municipalities on Inwonercloud, by CBS code',
      tag: 'municipalities',
      auth: 'public',
      responses: { 200: { description: 'The municipalities', schema: z.array(MunicipalitySchema) } },
      handler: async () => ({ status: 200, body: await catalog.listMunicipalities() }),
    }),
    route({
      method: 'get',
      path: '/municipalities/:code/apps',
      operationId: 'listOfferedApps',
      description: 'Public. The slugs of the live apps the municipality offers its residents.',
      summary: 'Slugs of the apps a municipality offers',
      tag: 'municipalities',
      auth: 'public',
      params: MunicipalityParamsSchema,
      responses: {
        200: { description: 'Offers', schema: MunicipalityOffersSchema },
        400: problems[400],
        404: problems[404],
      },
      handler: async ({ params }) => ({ status: 200, body: await municipalities.offers(params.code) }),
    }),
    route({
      method: 'get',
      path: '/municipalities/:code/usage',
      operationId: 'getMunicipalityUsage',
      summary: "How often the municipality's residents opened each offered app, per week (counts only)",
      description:
        'Administrators of this municipality only. Counts per offered app and week how often residents opened it; counts only, never who opened what.',
      tag: 'municipalities',
      auth: 'session',
      params: MunicipalityParamsSchema,
      responses: {
        200: { description: 'Launch counts per app and week', schema: MunicipalityUsageSchema },
        ...problems,
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await municipalities.usage(requireUser(res), params.code),
      }),
    }),
    route({
      method: 'put',
      path: '/municipalities/:code/apps/:slug',
      operationId: 'offerApp',
      description:
        'Municipality admins of this municipality only. Adds a live app to what the municipality offers; its residents can then open it. Idempotent.',
      summary: "Offer a live app to the municipality's residents",
      tag: 'municipalities',
      auth: 'session',
      params: OfferParamsSchema,
      responses: { 204: { description: 'Offered' }, ...problems },
      handler: async ({ res, params }) => {
        await municipalities.offer(requireUser(res), params.code, params.slug);
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/municipalities/:code/offer-conditions',
      operationId: 'listOfferConditions',
      summary: 'Per offered app: local conditions, what is missing and what expires (municipality admin)',
      description:
        "Administrators of this municipality only. Lists per offered app the municipality's own conditions (DPIA, agreement, go-live date), what is still missing and what expires soon.",
      tag: 'municipalities',
      auth: 'session',
      params: MunicipalityParamsSchema,
      responses: {
        200: {
          description: 'Offers with their conditions',
          schema: z.object({ items: z.array(OfferStatusSchema) }),
        },
        ...problems,
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: { items: await municipalities.offerStatuses(requireUser(res), params.code) },
      }),
    }),
    route({
      method: 'put',
      path: '/municipalities/:code/apps/:slug/conditions',
      operationId: 'setOfferConditions',
      summary: "Record the municipality's own conditions for offering an app (DPIA, agreement, go-live)",
      description:
        'Administrators of this municipality only. Records its own conditions for offering an app; until they are met the app is not shown to its residents or launched.',
      tag: 'municipalities',
      auth: 'session',
      params: OfferParamsSchema,
      body: OfferConditionsInputSchema,
      responses: { 200: { description: 'Saved', schema: OfferStatusSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await municipalities.setConditions(requireUser(res), params.code, params.slug, body),
      }),
    }),
    route({
      method: 'get',
      path: '/municipalities/:code/apps/:slug/local-info',
      operationId: 'getLocalInfo',
      summary: "The municipality's note and contact for residents about an app it offers",
      description:
        "Public. The note and contact that the municipality gives its residents about an app it offers, shown on the app's page.",
      tag: 'municipalities',
      auth: 'public',
      params: OfferParamsSchema,
      responses: {
        200: { description: 'Local note and contact', schema: LocalInfoSchema },
        400: problems[400],
        404: problems[404],
      },
      handler: async ({ params }) => ({
        status: 200,
        body: await municipalities.localInfo(params.code, params.slug),
      }),
    }),
    route({
      method: 'delete',
      path: '/municipalities/:code/apps/:slug',
      operationId: 'stopOfferingApp',
      description:
        'Municipality admins of this municipality only. Takes the app out of what the municipality offers; launches by its residents are refused from then on.',
      summary: 'Stop offering an app',
      tag: 'municipalities',
      auth: 'session',
      params: OfferParamsSchema,
      responses: { 204: { description: 'No longer offered' }, ...problems },
      handler: async ({ res, params }) => {
        await municipalities.stopOffering(requireUser(res), params.code, params.slug);
        return undefined;
      },
    }),
  ];
}
