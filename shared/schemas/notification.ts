import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

/** One in-app notification, rendered in both languages. */
export const NotificationViewSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const NotificationIdParamsSchema = z.strictObject({ notificationId: IdSchema });
