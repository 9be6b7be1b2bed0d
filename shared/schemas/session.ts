import { z } from 'zod';
import { AssuranceLevelSchema } from './assurance.ts';
import { IdSchema, LocalizedTextSchema } from './common.ts';
import { MembershipSchema } from './persona.ts';

export const SessionUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  givenName: z.string(),
});

/** A municipality or organisation someone acts for, when they have several (issue 14, decision 027). */
export const ActingForChoiceSchema = z.strictObject({
  kind: z.enum(['municipality', 'organisation']),
  id: z.string().min(1).max(64),
});
export type ActingForChoice = z.infer<typeof ActingForChoiceSchema>;

/** A choice as the session shows it, with its name. */
export const NamedActingForChoiceSchema = ActingForChoiceSchema.extend({ name: z.string() });

export const SessionSchema = z.object({
  user: SessionUserSchema.nullable(),
  roles: z.array(MembershipSchema),
  /** When an idle session ends unless the user does something. */
  idleExpiresAt: z.iso.datetime().nullable(),
  /** The level of the sign-in (DigiD "Substantieel" is substantial); null when signed out or for staff. */
  assurance: AssuranceLevelSchema.nullable().optional(),
  /** Signing out ends the session at the sign-in service too: the browser goes by POST /auth/sign-out. */
  upstreamSignOut: z.boolean().optional(),
  /**
   * Who this session acts for, when the person is in several municipalities or organisations:
   * `roles` then holds only that one's memberships. Null when not chosen (all apply) or signed out.
   */
  actingFor: NamedActingForChoiceSchema.nullable().optional(),
  /** What can be chosen; present only with two or more. */
  actingForChoices: z.array(NamedActingForChoiceSchema).optional(),
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

/** Which ways to sign in an install offers (GET /api/v1/session/sign-in-methods). */
export const SignInMethodsSchema = z.object({
  /** "Inloggen met DigiD" through the broker: GET /auth/residents/sign-in. */
  residents: z.boolean(),
  /** Staff through their organisation's provider: GET /auth/staff/sign-in. */
  staff: z.boolean(),
  demo: z.boolean(),
  /** More staff connections (STAFF_SIGN_IN_FILE): each at GET /auth/staff/<name>/sign-in. */
  staffConnections: z.array(z.object({ name: z.string(), label: z.string() })).optional(),
});
export type SignInMethods = z.infer<typeof SignInMethodsSchema>;
