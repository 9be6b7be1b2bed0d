import { z } from 'zod';
import { MunicipalitySchema } from '../../../shared/schemas/municipality.ts';
import {
  type InvitationCreate,
  InvitationViewSchema,
  MembershipViewSchema,
  OrganisationViewSchema,
  RegisterMunicipalitySchema,
} from '../../../shared/schemas/onboarding.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

/** Lists come as `{items}` (Dutch API Design Rules: always return objects). */
const itemsOf = <S extends z.ZodType>(schema: S) => z.object({ items: z.array(schema) });

export type RegisterMunicipality = z.infer<typeof RegisterMunicipalitySchema>;

export const fetchRegister = (signal?: AbortSignal) =>
  requestJson('GET', '/api/v1/cbs-municipalities', itemsOf(RegisterMunicipalitySchema), { signal }).then(
    (r) => r.items,
  );
export const fetchMunicipalities = (signal?: AbortSignal) =>
  requestJson('GET', '/api/v1/municipalities', z.array(MunicipalitySchema), { signal });
export const onboardMunicipality = (code: string) =>
  requestJson('POST', '/api/v1/municipalities', MunicipalitySchema, { body: { code } });
export const fetchOrganisations = (signal?: AbortSignal) =>
  requestJson('GET', '/api/v1/organisations', itemsOf(OrganisationViewSchema), { signal }).then(
    (r) => r.items,
  );
export const registerOrganisation = (name: string, kvkNumber: string) =>
  requestJson('POST', '/api/v1/organisations', OrganisationViewSchema, { body: { name, kvkNumber } });
export const fetchInvitations = (signal?: AbortSignal) =>
  requestJson('GET', '/api/v1/invitations', itemsOf(InvitationViewSchema), { signal }).then((r) => r.items);
export const invite = (body: InvitationCreate) =>
  requestJson('POST', '/api/v1/invitations', InvitationViewSchema, { body });
export const revokeInvitation = (id: string) => requestVoid('DELETE', `/api/v1/invitations/${segment(id)}`);
export const fetchMemberships = (signal?: AbortSignal) =>
  requestJson('GET', '/api/v1/memberships', itemsOf(MembershipViewSchema), { signal }).then((r) => r.items);
export const removeMembership = (id: string) => requestVoid('DELETE', `/api/v1/memberships/${segment(id)}`);
