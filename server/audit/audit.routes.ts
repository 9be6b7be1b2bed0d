import { AuditEventSchema, AuditQuerySchema } from '../../shared/schemas/audit.ts';
import { pageOf } from '../../shared/schemas/common.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { AuditService } from './audit.service.ts';

export function auditRoutes(audit: AuditService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/audit',
      operationId: 'listAuditEvents',
      description:
        'Reviewers and platform admins read every event, municipality admins those of their own municipality: every recorded transition (who, what, when, why), append-only, paged.',
      summary: 'The append-only audit trail, newest first (reviewers and administrators)',
      tag: 'audit',
      auth: 'session',
      query: AuditQuerySchema,
      responses: {
        200: { description: 'A page of events', schema: pageOf(AuditEventSchema) },
        400: { description: 'Invalid query' },
        403: { description: 'Not allowed' },
      },
      handler: async ({ res, query }) => ({ status: 200, body: await audit.list(requireUser(res), query) }),
    }),
  ];
}
