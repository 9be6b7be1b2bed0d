import { z } from 'zod';
import { MunicipalitySchema } from '../../shared/schemas/municipality.ts';
import {
  IdParamsSchema,
  InvitationCreateSchema,
  InvitationViewSchema,
  MembershipQuerySchema,
  MembershipViewSchema,
  MunicipalityOnboardSchema,
  OrganisationCreateSchema,
  OrganisationViewSchema,
  RegisterMunicipalitySchema,
} from '../../shared/schemas/onboarding.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { OnboardingService } from './onboarding.service.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };
const r = {
  400: { description: 'Invalid input, naming each field' },
  401: { description: 'Not signed in' },
  403: { description: 'Not allowed for your role' },
  404: { description: 'Not found (or not yours to see)' },
  409: { description: 'Conflicts with what is there' },
};

/** Onboarding (issue 14): organisations, municipalities from the CBS list, invitations, memberships. */
export function onboardingRoutes(onboarding: OnboardingService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/organisations',
      operationId: 'registerOrganisation',
      summary: 'Register and verify a vendor organisation (platform admin)',
      description:
        'Platform admins only. Registers a vendor organisation with its KvK number, so its first member can be invited.',
      tag: 'onboarding',
      auth: 'session',
      body: OrganisationCreateSchema,
      responses: { 201: { description: 'Registered', schema: OrganisationViewSchema }, ...r },
      handler: async ({ res, body }) => ({
        status: 201,
        body: await onboarding.createOrganisation(requireUser(res), body),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'get',
      path: '/organisations',
      operationId: 'listOrganisations',
      summary: 'Vendor organisations: all for a platform admin, your own for a vendor member',
      description: 'Platform admins see every vendor organisation; a vendor member sees its own.',
      tag: 'onboarding',
      auth: 'session',
      responses: {
        200: { description: 'Organisations', schema: z.object({ items: z.array(OrganisationViewSchema) }) },
        ...r,
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await onboarding.listOrganisations(requireUser(res)) },
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'get',
      path: '/cbs-municipalities',
      operationId: 'listCbsMunicipalities',
      summary:
        'The CBS list of Dutch municipalities, each marked whether it is on the platform (platform admin)',
      description:
        'Platform admins only. The CBS list of Dutch municipalities, each marked whether it is on the platform already.',
      tag: 'onboarding',
      auth: 'session',
      responses: {
        200: {
          description: 'The register',
          schema: z.object({ items: z.array(RegisterMunicipalitySchema) }),
        },
        ...r,
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await onboarding.register(requireUser(res)) },
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'post',
      path: '/municipalities',
      operationId: 'onboardMunicipality',
      summary: 'Put a municipality of the CBS list on the platform (platform admin)',
      description:
        'Platform admins only. Adds a municipality from the CBS list to the platform, so its administrators can be invited and it can offer apps.',
      tag: 'onboarding',
      auth: 'session',
      body: MunicipalityOnboardSchema,
      responses: { 201: { description: 'On the platform', schema: MunicipalitySchema }, ...r },
      handler: async ({ res, body }) => ({
        status: 201,
        body: await onboarding.onboardMunicipality(requireUser(res), body.code),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'post',
      path: '/invitations',
      operationId: 'invite',
      summary: 'Invite an e-mail address to a role; accepted at its first staff sign-in (valid 7 days, once)',
      description:
        'Platform admins, municipality admins within their municipality and vendor members within their organisation. Invites a verified e-mail address to a role, accepted at its first staff sign-in within 7 days.',
      tag: 'onboarding',
      auth: 'session',
      body: InvitationCreateSchema,
      responses: { 201: { description: 'Invited', schema: InvitationViewSchema }, ...r },
      handler: async ({ res, body }) => ({
        status: 201,
        body: await onboarding.invite(requireUser(res), body),
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'get',
      path: '/invitations',
      operationId: 'listInvitations',
      summary: 'Invitations you may manage',
      description:
        'Platform admins, municipality admins and vendor members, each for what they manage. The invitations they may see and revoke.',
      tag: 'onboarding',
      auth: 'session',
      responses: {
        200: { description: 'Invitations', schema: z.object({ items: z.array(InvitationViewSchema) }) },
        ...r,
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await onboarding.listInvitations(requireUser(res)) },
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'delete',
      path: '/invitations/:id',
      operationId: 'revokeInvitation',
      summary: 'Revoke an open invitation',
      description:
        "Whoever may manage the invitation's role. Revokes an open invitation before it is accepted.",
      tag: 'onboarding',
      auth: 'session',
      params: IdParamsSchema,
      responses: { 204: { description: 'Revoked' }, ...r },
      handler: async ({ res, params }) => {
        await onboarding.revokeInvitation(requireUser(res), params.id);
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/memberships',
      operationId: 'listMemberships',
      summary: 'Granted roles you may manage: all for a platform admin',
      description:
        'Platform admins see every granted role; municipality admins and vendor members those within their own municipality or organisation.',
      tag: 'onboarding',
      auth: 'session',
      query: MembershipQuerySchema,
      responses: {
        200: { description: 'Memberships', schema: z.object({ items: z.array(MembershipViewSchema) }) },
        ...r,
      },
      handler: async ({ res, query }) => ({
        status: 200,
        body: { items: await onboarding.listMemberships(requireUser(res), query) },
        headers: NO_STORE,
      }),
    }),
    route({
      method: 'delete',
      path: '/memberships/:id',
      operationId: 'removeMembership',
      summary: 'Remove a granted role; never the last admin of anything',
      description:
        'Whoever may manage the role. Removes a granted role; the last administrator of a municipality, organisation or the platform cannot be removed.',
      tag: 'onboarding',
      auth: 'session',
      params: IdParamsSchema,
      responses: { 204: { description: 'Removed' }, ...r },
      handler: async ({ res, params }) => {
        await onboarding.removeMembership(requireUser(res), params.id);
        return undefined;
      },
    }),
  ];
}
