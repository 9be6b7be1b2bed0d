import { z } from 'zod';
import { IdSchema, MunicipalityCodeSchema } from './common.ts';
import { ProvinceSchema } from './municipality.ts';

/** Roles granted by invitation (issue 14); `resident` is never granted: it comes from the broker. */
export const GrantedRoleSchema = z.enum(['reviewer', 'municipality-admin', 'vendor', 'platform-admin']);
export type GrantedRole = z.infer<typeof GrantedRoleSchema>;

export const KvkNumberSchema = z.string().regex(/^\d{8}$/, 'an 8-digit KvK number');

export const OrganisationCreateSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  kvkNumber: KvkNumberSchema,
});

export const OrganisationViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kvkNumber: z.string(),
  /** When a platform admin registered (and so verified) it; null for the demo catalog's organisations. */
  verifiedAt: z.iso.datetime().nullable(),
});
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

export const InvitationCreateSchema = z.strictObject({
  email: z.email().max(254),
  role: GrantedRoleSchema,
  municipality: MunicipalityCodeSchema.optional(),
  organisation: IdSchema.optional(),
});
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

export const InvitationStatusSchema = z.enum(['open', 'accepted', 'revoked', 'expired']);

export const InvitationViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: GrantedRoleSchema,
  municipality: MunicipalityCodeSchema.nullable(),
  organisation: IdSchema.nullable(),
  status: InvitationStatusSchema,
  invitedBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;

export const MembershipViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: GrantedRoleSchema,
  municipality: MunicipalityCodeSchema.nullable(),
  organisation: IdSchema.nullable(),
  grantedAt: z.iso.datetime(),
});
export type MembershipView = z.infer<typeof MembershipViewSchema>;

export const MembershipQuerySchema = z.strictObject({
  municipality: MunicipalityCodeSchema.optional(),
  organisation: IdSchema.optional(),
});

export const IdParamsSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});

export const MunicipalityOnboardSchema = z.strictObject({ code: MunicipalityCodeSchema });

/** One municipality of the CBS register (catalog/cbs-municipalities.json). */
export const CbsMunicipalitySchema = z.strictObject({
  code: MunicipalityCodeSchema,
  name: z.string().min(2).max(80),
  province: ProvinceSchema,
});
export type CbsMunicipality = z.infer<typeof CbsMunicipalitySchema>;

export const RegisterMunicipalitySchema = CbsMunicipalitySchema.extend({ onboarded: z.boolean() });

/** Which of someone's memberships they act for now (a person in several organisations or municipalities). */
export const ActingForSchema = z.strictObject({
  role: GrantedRoleSchema,
  municipality: MunicipalityCodeSchema.optional(),
  organisation: IdSchema.optional(),
});
