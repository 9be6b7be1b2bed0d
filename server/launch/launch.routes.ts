import { z } from 'zod';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import {
  ConsentHistorySchema,
  ConsentSchema,
  ConsentUpdateSchema,
  LaunchResponseSchema,
} from '../../shared/schemas/launch.ts';
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
      description:
        "Residents only. Per app: the claims the resident agreed to share, whether that consent still covers the app's approved claims, and what the app received at the last launch.",
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
      method: 'get',
      path: '/me/consent-history',
      operationId: 'listConsentHistory',
      summary: "The resident's own history of consents given and revoked, newest first (at most 100)",
      description:
        'Residents only, for themselves. Their own record of consents given and revoked, newest first and at most 100; staff never see it.',
      tag: 'launch',
      auth: 'session',
      responses: {
        200: { description: 'History', schema: ConsentHistorySchema },
        403: { description: 'Not a resident' },
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await launches.consentHistory(requireUser(res)) },
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'put',
      path: '/me/consents/:slug',
      operationId: 'giveConsent',
      description:
        'Residents only. Records which claims the app may receive. Only claims the live version was approved for, and every required one; anything else is a 400 naming the claim.',
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
      description:
        'Residents only. Deletes the consent: the app receives nothing more and its next launch asks for consent again.',
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
      description:
        "Residents only. Checks that the app is live, offered by the resident's municipality and covered by their consent, then answers where to send the browser (the app's initiate_login_uri), by which method (GET or POST, as the app registered) and with which fields, including a single-use login hint valid for 2 minutes.",
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
      description:
        "Vendor members of the listing's organisation only. Starts a launch of the draft's launch registration with the app's own client id, as a fictional test resident; the ID token carries test_launch: true and never a real resident's data. Needs a client secret or registered keys.",
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
