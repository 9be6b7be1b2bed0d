import { z } from 'zod';
import { type NotificationView, NotificationViewSchema } from '../../../shared/schemas/notification.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

const ListSchema = z.object({ items: z.array(NotificationViewSchema) });

export async function fetchNotifications(signal?: AbortSignal): Promise<NotificationView[]> {
  return (await requestJson('GET', '/api/v1/me/notifications', ListSchema, { signal })).items;
}

export function markRead(id: string): Promise<void> {
  return requestVoid('POST', `/api/v1/me/notifications/${segment(id)}/read`);
}
