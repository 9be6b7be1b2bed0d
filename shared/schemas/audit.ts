import { z } from 'zod';

export const AuditEventSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.string(), name: z.string() }),
  action: z.string(),
  subject: z.object({
    type: z.enum([
      'listing',
      'version',
      'municipality',
      'session',
      'organisation',
      'invitation',
      'membership',
      'objection',
      'referral',
    ]),
    id: z.string(),
  }),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditQuerySchema = z.strictObject({
  subject: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
