import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';
import { MembershipSchema } from './persona.ts';

export const SessionUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  givenName: z.string(),
});

export const SessionSchema = z.object({
  user: SessionUserSchema.nullable(),
  roles: z.array(MembershipSchema),
  /** When an idle session ends unless the user does something. */
  idleExpiresAt: z.iso.datetime().nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const DemoPersonaSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  summary: LocalizedTextSchema,
  roles: z.array(MembershipSchema),
});
export type DemoPersona = z.infer<typeof DemoPersonaSchema>;

export const DemoSignInSchema = z.strictObject({ persona: IdSchema });
