import type { RequestHandler } from 'express';
import {
  DecisionIdParamsSchema,
  DecisionListQuerySchema,
  DecisionListSchema,
  PublicDecisionSchema,
} from '../../shared/schemas/register.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { atomFeed } from './atom-feed.ts';
import type { RegisterService } from './register.service.ts';

const FEED_SIZE = 50;

export function registerRoutes(register: RegisterService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/decisions',
      operationId: 'listDecisions',
      summary: 'The public register of decisions about apps, newest first (open data)',
      description:
        'Public (open data). The register of approvals, rejections, suspensions and reinstatements of apps, newest first, also published as an Atom feed.',
      tag: 'register',
      auth: 'public',
      query: DecisionListQuerySchema,
      responses: {
        200: { description: 'A page of decisions', schema: DecisionListSchema },
        400: { description: 'Invalid input (problem+json)' },
      },
      handler: async ({ res, query }) => {
        // Open data: a municipality's website may read it from the browser.
        res.setHeader('Access-Control-Allow-Origin', '*');
        return { status: 200, body: await register.list(query) };
      },
    }),
    route({
      method: 'get',
      path: '/decisions/:decisionId',
      operationId: 'getDecision',
      summary: 'One decision in the public register',
      description:
        'Public (open data). One decision of the public register with its reasons and, when there is one, the objection filed against it.',
      tag: 'register',
      auth: 'public',
      params: DecisionIdParamsSchema,
      responses: {
        200: { description: 'The decision', schema: PublicDecisionSchema },
        400: { description: 'Invalid input (problem+json)' },
        404: { description: 'Not found (problem+json)' },
      },
      handler: async ({ res, params }) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        return { status: 200, body: await register.get(params.decisionId) };
      },
    }),
  ];
}

/** `GET /besluiten/feed.atom`: the newest decisions as Atom 1.0 (decision 070). */
export function registerFeed(register: RegisterService, publicUrl: string): RequestHandler {
  return async (_req, res) => {
    const { items } = await register.list({ page: 1, pageSize: FEED_SIZE });
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('application/atom+xml; charset=utf-8').send(atomFeed(items, publicUrl));
  };
}
