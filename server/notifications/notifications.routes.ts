import { z } from 'zod';
import { NotificationIdParamsSchema, NotificationViewSchema } from '../../shared/schemas/notification.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { NotificationsService } from './notifications.service.ts';

export function notificationsRoutes(notifications: NotificationsService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/me/notifications',
      operationId: 'listMyNotifications',
      summary: 'My notifications (newest first, at most 100)',
      description: 'Any signed-in user, for themselves. Their notifications, newest first and at most 100.',
      tag: 'notifications',
      auth: 'session',
      responses: {
        200: { description: 'Notifications', schema: z.object({ items: z.array(NotificationViewSchema) }) },
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await notifications.listMine(requireUser(res)) },
      }),
    }),
    route({
      method: 'post',
      path: '/me/notifications/:notificationId/read',
      operationId: 'markNotificationRead',
      summary: 'Mark one of my notifications as read',
      description: 'Any signed-in user, for their own notification. Marks it as read.',
      tag: 'notifications',
      auth: 'session',
      params: NotificationIdParamsSchema,
      responses: {
        204: { description: 'Marked' },
        400: { description: 'Invalid id' },
        404: { description: 'Not yours or unknown' },
      },
      handler: async ({ res, params }) => {
        await notifications.markRead(requireUser(res), params.notificationId);
        return undefined;
      },
    }),
  ];
}
