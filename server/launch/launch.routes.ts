import { z } from 'zod';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import { ConsentSchema, ConsentUpdateSchema, LaunchResponseSchema } from '../../shared/schemas/launch.ts';
import { ListingIdParamsSchema } from '../../shared/schemas/vendor.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { LaunchService } from './launch.service.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function launchRoutes(launches: LaunchService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/me/consents',
      operationId: 'listConsents',
      summary: "The resident's consents: which app may receive what, and what it received last",
      tag: 'launch',
      auth: 'session',
      responses: {
        200: { description: 'Consents', schema: z.array(ConsentSchema) },
        403: { description: 'Not a resident' },
      },
      handler: async ({ res }) => ({
        status: 200,
        body: await launches.listConsents(requireUser(res)),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'put',
      path: '/me/consents/:slug',
      operationId: 'giveConsent',
      summary: 'Agree to share these claims with an app',
      tag: 'launch',
      auth: 'session',
      params: SlugParamsSchema,
      body: ConsentUpdateSchema,
      responses: {
        200: { description: 'Saved', schema: ConsentSchema },
        400: { description: 'A claim the app was not approved for, or a required claim left out' },
        403: { description: 'Not a resident' },
        404: { description: 'No live app' },
      },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await launches.giveConsent(requireUser(res), params.slug, body.claims),
      }),
    }),
    route({
      method: 'delete',
      path: '/me/consents/:slug',
      operationId: 'revokeConsent',
      summary: 'Revoke a consent in one step',
      tag: 'launch',
      auth: 'session',
      params: SlugParamsSchema,
      responses: { 204: { description: 'Revoked' }, 404: { description: 'No consent' } },
      handler: async ({ res, params }) => {
        await launches.revokeConsent(requireUser(res), params.slug);
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/apps/:slug/launches',
      operationId: 'launchApp',
      summary:
        "Start a launch: where to send the browser (the app's initiate_login_uri) with a single-use login hint",
      tag: 'launch',
      auth: 'session',
      params: SlugParamsSchema,
      responses: {
        201: { description: 'Launch started', schema: LaunchResponseSchema },
        403: { description: 'Not offered by your municipality, or not a resident' },
        404: { description: 'No live app' },
        409: { description: 'Consent needed' },
      },
      handler: async ({ res, params }) => ({
        status: 201,
        body: await launches.createLaunch(requireUser(res), params.slug),
        headers: { ...NO_STORE, 'Referrer-Policy': 'no-referrer' },
      }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings/:id/test-launches',
      operationId: 'testLaunchDraft',
      summary:
        "Test-launch the vendor's own draft as the fictional test resident: the app's own client id, the draft's launch registration; the ID token carries test_launch: true and municipality GM0000",
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: {
        201: { description: 'Test launch started', schema: LaunchResponseSchema },
        404: { description: 'No such listing of your organisation' },
        409: { description: 'No client secret and no registered keys yet, or withdrawn' },
      },
      handler: async ({ res, params }) => ({
        status: 201,
        body: await launches.createTestLaunch(requireUser(res), params.id),
        headers: NO_STORE,
      }),
    }),
  ];
}
