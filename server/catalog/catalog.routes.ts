import { z } from 'zod';
import {
  AppDetailSchema,
  AppListQuerySchema,
  AppListSchema,
  CategorySchema,
  SlugParamsSchema,
} from '../../shared/schemas/catalog.ts';
import { type Criterion, CriterionSchema } from '../../shared/schemas/criteria.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import type { CatalogService } from './catalog.service.ts';

const notFound = { description: 'Not found (problem+json)' };
const invalid = { description: 'Invalid input (problem+json)' };

export function catalogRoutes(catalog: CatalogService, criteria: Criterion[]): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/apps',
      operationId: 'listApps',
      description:
        'Public. Searches name, tagline, description, vendor and categories (tolerant of Dutch diacritics and small typos), ranked; filters by category and by the municipality that offers the app. Paged with page and pageSize.',
      summary: 'List and search the vetted apps, optionally those one municipality offers',
      tag: 'catalog',
      auth: 'public',
      query: AppListQuerySchema,
      responses: { 200: { description: 'A page of apps', schema: AppListSchema }, 400: invalid },
      handler: async ({ query }) => ({ status: 200, prepared: await catalog.listApps(query) }),
    }),
    route({
      method: 'get',
      path: '/apps/:slug',
      operationId: 'getApp',
      description:
        'Public. The live version of one app: description, screenshots, the claims it asks for with the reason for each, the vetting result, privacy and accessibility statements and support. Suspended and withdrawn apps are not found.',
      summary: "An app's page: what it does, what data it gets and how it was vetted",
      tag: 'catalog',
      auth: 'public',
      params: SlugParamsSchema,
      responses: { 200: { description: 'The app', schema: AppDetailSchema }, 400: invalid, 404: notFound },
      handler: async ({ params }) => ({ status: 200, prepared: await catalog.getApp(params.slug) }),
    }),
    route({
      method: 'get',
      path: '/categories',
      operationId: 'listCategories',
      description:
        'Public. Every self-reliance category (care, wellbeing, housing, work and income, money and debt, taking part) with the number of live apps in it.',
      summary: 'The self-reliance categories with how many apps each holds',
      tag: 'catalog',
      auth: 'public',
      responses: { 200: { description: 'The categories', schema: z.array(CategorySchema) } },
      handler: async () => ({ status: 200, body: await catalog.listCategories() }),
    }),
    route({
      method: 'get',
      path: '/criteria',
      operationId: 'listCriteria',
      description:
        'Public. The criteria reviewers assess every submitted version against, grouped, each marked required or not.',
      summary: 'The published assessment criteria every app is vetted against',
      tag: 'catalog',
      auth: 'public',
      responses: { 200: { description: 'The criteria', schema: z.array(CriterionSchema) } },
      handler: async () => ({ status: 200, body: criteria }),
    }),
  ];
}
