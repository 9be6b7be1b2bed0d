import { z } from 'zod';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import {
  ClosedIncidentSchema,
  IncidentClosureInputSchema,
  IncidentIdParamsSchema,
  IncidentInputSchema,
  IncidentListQuerySchema,
  IncidentResponseInputSchema,
  IncidentSchema,
  ResidentIncidentNoticesSchema,
} from '../../shared/schemas/incident.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { IncidentsService } from './incidents.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not allowed' },
  404: { description: 'No such app or incident' },
  409: { description: 'Not allowed in this state, or changed meanwhile' },
};

export function incidentsRoutes(incidents: IncidentsService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/apps/:slug/incidents',
      operationId: 'reportIncident',
      summary: 'Report an incident on a live app (severity high suspends it at once)',
      description:
        'Reviewers, and administrators of a municipality that offers the app. Reports an incident on a live app; severity high suspends the app at once.',
      tag: 'incidents',
      auth: 'session',
      params: SlugParamsSchema,
      body: IncidentInputSchema,
      responses: { 201: { description: 'Reported', schema: IncidentSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 201,
        body: await incidents.report(requireUser(res), params.slug, body),
      }),
    }),
    route({
      method: 'get',
      path: '/apps/:slug/closed-incidents',
      operationId: 'listClosedIncidents',
      summary: 'Closed incidents of an app, with their public summaries',
      description:
        "Public. The closed incidents of an app with their public summaries, shown on the app's page.",
      tag: 'incidents',
      auth: 'public',
      params: SlugParamsSchema,
      responses: {
        200: { description: 'Closed incidents', schema: z.object({ items: z.array(ClosedIncidentSchema) }) },
        400: problems[400],
      },
      handler: async ({ params }) => ({
        status: 200,
        body: { items: await incidents.listClosed({ slug: params.slug }) },
      }),
    }),
    route({
      method: 'get',
      path: '/incidents',
      operationId: 'listIncidents',
      summary: 'Incidents I may see (reviewers all; municipality admins of offered apps; vendors their own)',
      description:
        'Signed-in staff: reviewers see every incident, municipality admins those of apps they offer, vendor members those of their own apps.',
      tag: 'incidents',
      auth: 'session',
      query: IncidentListQuerySchema,
      responses: {
        200: { description: 'Incidents', schema: z.object({ items: z.array(IncidentSchema) }) },
        400: problems[400],
      },
      handler: async ({ res, query }) => ({
        status: 200,
        body: { items: await incidents.list(requireUser(res), query.status) },
      }),
    }),
    route({
      method: 'get',
      path: '/incidents/:incidentId',
      operationId: 'getIncident',
      summary: 'One incident',
      description:
        "Those who may list it (reviewers, admins of an offering municipality, the vendor's members). One incident with its responses.",
      tag: 'incidents',
      auth: 'session',
      params: IncidentIdParamsSchema,
      responses: { 200: { description: 'The incident', schema: IncidentSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await incidents.get(requireUser(res), params.incidentId),
      }),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/responses',
      operationId: 'respondToIncident',
      summary: "The vendor's (or staff's) answer to an incident",
      description:
        "The vendor's members or staff who may see the incident. Adds an answer to the incident's thread.",
      tag: 'incidents',
      auth: 'session',
      params: IncidentIdParamsSchema,
      body: IncidentResponseInputSchema,
      responses: { 201: { description: 'Added', schema: IncidentSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 201,
        body: await incidents.respond(requireUser(res), params.incidentId, body.message),
      }),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/closure',
      operationId: 'closeIncident',
      summary: 'Close an incident with a public summary (reviewers)',
      description:
        "Reviewers only. Closes an incident with a summary that is published on the app's page and in the register.",
      tag: 'incidents',
      auth: 'session',
      params: IncidentIdParamsSchema,
      body: IncidentClosureInputSchema,
      responses: { 200: { description: 'Closed', schema: IncidentSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await incidents.close(requireUser(res), params.incidentId, body.publicSummary),
      }),
    }),
    route({
      method: 'get',
      path: '/me/incident-notices',
      operationId: 'listMyIncidentNotices',
      summary: 'Incidents of the apps I use (residents; shown in "Mijn apps")',
      description: 'Residents only, for themselves. Incidents of the apps they use, shown in "Mijn apps".',
      tag: 'incidents',
      auth: 'session',
      responses: {
        200: { description: 'Notices', schema: ResidentIncidentNoticesSchema },
        403: problems[403],
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await incidents.noticesFor(requireUser(res)) },
      }),
    }),
  ];
}
