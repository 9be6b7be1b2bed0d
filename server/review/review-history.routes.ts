import { ReviewHistoryPageSchema, ReviewHistoryQuerySchema } from '../../shared/schemas/review-history.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { ReviewHistory } from './review-history.ts';

export function reviewHistoryRoutes(history: ReviewHistory): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/review-decisions',
      operationId: 'listReviewDecisions',
      description:
        'Reviewers and platform admins only. Every approval, request for changes, rejection, suspension and reinstatement from the audit trail, newest first, with who took it and the internal reason; filtered by app (slug), reviewer (id), kind and period (from/to, Dutch calendar days, inclusive), paged. `reviewers` lists who can be filtered on.',
      summary: 'The decision history of the reviewers, with filters',
      tag: 'review',
      auth: 'session',
      query: ReviewHistoryQuerySchema,
      responses: {
        200: { description: 'A page of decisions', schema: ReviewHistoryPageSchema },
        400: { description: 'Invalid query' },
        403: { description: 'Not a reviewer' },
      },
      handler: async ({ res, query }) => ({ status: 200, body: await history.list(requireUser(res), query) }),
    }),
  ];
}
