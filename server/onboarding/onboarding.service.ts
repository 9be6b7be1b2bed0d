import type {
  CbsMunicipality,
  InvitationCreate,
  InvitationView,
  MembershipView,
  OrganisationView,
} from '../../shared/schemas/onboarding.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import {
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../http/errors.ts';
import {
  type AuthUser,
  displayName,
  isPlatformAdmin,
  vendorOrganisations,
} from '../identity/identity.types.ts';
import type { SessionRepository } from '../identity/session.repository.ts';
import { DuplicateKeyError } from '../store/store.port.ts';
import { ADMIN_ROLES, isOnboarder, mayManage } from './authority.ts';
import type { InvitationDoc, InvitationRepository } from './invitation.repository.ts';
import type { Grant, MembershipDoc, MembershipRepository } from './membership.repository.ts';
import type { MunicipalityRegister } from './municipality-register.ts';
import type { OnboardedOrganisationDoc, OrganisationRepository } from './organisation.repository.ts';

interface Deps {
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  organisations: OrganisationRepository;
  municipalities: MunicipalityRegister;
  people: SessionRepository;
  audit: AuditService;
  catalog: CatalogService;
}

function requirePlatformAdmin(user: AuthUser): void {
  if (!isPlatformAdmin(user)) throw new ForbiddenError('Only a platform administrator does this.');
}

export function invitationStatus(doc: InvitationDoc, now = Date.now()): InvitationView['status'] {
  return doc.status === 'open' && Date.parse(doc.expiresAt) <= now ? 'expired' : doc.status;
}

function toInvitationView(doc: InvitationDoc): InvitationView {
  return {
    id: doc._id,
    email: doc.email,
    role: doc.role,
    municipality: doc.municipality,
    organisation: doc.organisationId,
    status: invitationStatus(doc),
    invitedBy: doc.invitedBy.name,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
  };
}

function toOrganisationView(doc: OnboardedOrganisationDoc): OrganisationView {
  return { id: doc._id, name: doc.name, kvkNumber: doc.kvk, verifiedAt: doc.verifiedAt ?? null };
}

/** The subjects an onboarding event is also filed under, so a municipality admin reads their own. */
const relatedOf = (grant: Grant) =>
  [grant.municipality, grant.organisationId].filter((x): x is string => !!x);

export function createOnboardingService(deps: Deps) {
  const { memberships, invitations, organisations, municipalities, people, audit } = deps;

  async function toMembershipView(doc: MembershipDoc): Promise<MembershipView> {
    const person = await people.findUser(doc.personId);
    return {
      id: doc._id,
      personId: doc.personId,
      name: person ? displayName(person) : doc.personId,
      email: person?.profile.email ?? null,
      role: doc.role,
      municipality: doc.municipality,
      organisation: doc.organisationId,
      grantedAt: doc.grantedAt,
    };
  }

  /** Checks an invitation's scope fields: what the role needs, and that it exists. */
  async function grantOf(input: InvitationCreate): Promise<Grant> {
    const errors: FieldError[] = [];
    const needsMunicipality = input.role === 'municipality-admin';
    const needsOrganisation = input.role === 'vendor';
    if (needsMunicipality && !input.municipality)
      errors.push({ in: 'body', field: 'municipality', message: 'required for a municipality admin' });
    if (!needsMunicipality && input.municipality)
      errors.push({ in: 'body', field: 'municipality', message: `not used for the role ${input.role}` });
    if (needsOrganisation && !input.organisation)
      errors.push({ in: 'body', field: 'organisation', message: 'required for a vendor member' });
    if (!needsOrganisation && input.organisation)
      errors.push({ in: 'body', field: 'organisation', message: `not used for the role ${input.role}` });
    if (errors.length === 0 && input.municipality && !(await municipalities.find(input.municipality)))
      errors.push({ in: 'body', field: 'municipality', message: 'not a municipality on the platform yet' });
    if (errors.length === 0 && input.organisation && !(await organisations.find(input.organisation)))
      errors.push({ in: 'body', field: 'organisation', message: 'no such organisation' });
    if (errors.length > 0) throw new ValidationError(errors);
    return {
      role: input.role,
      municipality: input.municipality ?? null,
      organisationId: input.organisation ?? null,
    };
  }

  /** Which memberships someone may see: all for a platform admin, their own scopes otherwise. */
  function visible(user: AuthUser, grant: Grant): boolean {
    return mayManage(user, grant);
  }

  return {
    /** Registers (and so verifies) a vendor organisation. */
    async createOrganisation(user: AuthUser, input: { name: string; kvkNumber: string }) {
      requirePlatformAdmin(user);
      try {
        const doc = await organisations.insert(input.name, input.kvkNumber, user.id);
        await audit.record({
          actor: user,
          action: 'organisation.registered',
          subject: { type: 'organisation', id: doc._id },
          details: { name: doc.name, kvkNumber: doc.kvk },
        });
        return toOrganisationView(doc);
      } catch (error) {
        if (error instanceof DuplicateKeyError)
          throw new ConflictError('An organisation with this KvK number is registered already.');
        throw error;
      }
    },

    async listOrganisations(user: AuthUser): Promise<OrganisationView[]> {
      const all = (await organisations.list()).map(toOrganisationView);
      if (isPlatformAdmin(user)) return all;
      const own = vendorOrganisations(user);
      if (own.length === 0)
        throw new ForbiddenError('Only platform administrators and vendors see organisations.');
      return all.filter((o) => own.includes(o.id));
    },

    /** The CBS register, each marked whether it is on the platform already. */
    async register(user: AuthUser): Promise<(CbsMunicipality & { onboarded: boolean })[]> {
      requirePlatformAdmin(user);
      return municipalities.register();
    },

    /** Puts a municipality of the CBS register on the platform (it offers nothing yet). */
    async onboardMunicipality(user: AuthUser, code: string) {
      requirePlatformAdmin(user);
      const municipality = await municipalities.onboard(code);
      await deps.catalog.changed();
      await audit.record({
        actor: user,
        action: 'municipality.onboarded',
        subject: { type: 'municipality', id: code },
        details: { name: municipality.name },
      });
      return { ...municipality, offeredApps: 0 };
    },

    /** Invites an e-mail address to a role; accepted at that person's first staff sign-in with it verified. */
    async invite(user: AuthUser, input: InvitationCreate): Promise<InvitationView> {
      if (!isOnboarder(user))
        throw new ForbiddenError('Only administrators and vendor members invite people.');
      const grant = await grantOf(input);
      if (!mayManage(user, grant)) throw new ForbiddenError('You may not invite someone to this role.');
      const doc = await invitations.insert({
        email: input.email.toLowerCase(),
        ...grant,
        invitedBy: { id: user.id, name: displayName(user) },
      });
      await audit.record({
        actor: user,
        action: 'invitation.created',
        subject: { type: 'invitation', id: doc._id },
        details: { role: grant.role, municipality: grant.municipality, organisation: grant.organisationId },
        related: relatedOf(grant),
      });
      return toInvitationView(doc);
    },

    async listInvitations(user: AuthUser): Promise<InvitationView[]> {
      if (!isOnboarder(user))
        throw new ForbiddenError('Only administrators and vendor members see invitations.');
      return (await invitations.list()).filter((doc) => visible(user, doc)).map(toInvitationView);
    },

    async revokeInvitation(user: AuthUser, id: string): Promise<void> {
      const doc = await invitations.find(id);
      if (!doc || !visible(user, doc)) throw new NotFoundError('No such invitation.');
      if (!(await invitations.revoke(id)))
        throw new ConflictError('This invitation was used or revoked already.');
      await audit.record({
        actor: user,
        action: 'invitation.revoked',
        subject: { type: 'invitation', id },
        related: relatedOf(doc),
      });
    },

    async listMemberships(
      user: AuthUser,
      query: { municipality?: string | undefined; organisation?: string | undefined },
    ): Promise<MembershipView[]> {
      if (!isOnboarder(user))
        throw new ForbiddenError('Only administrators and vendor members see memberships.');
      const all = await memberships.list();
      const shown = all.filter(
        (doc) =>
          visible(user, doc) &&
          (!query.municipality || doc.municipality === query.municipality) &&
          (!query.organisation || doc.organisationId === query.organisation),
      );
      return Promise.all(shown.map(toMembershipView));
    },

    /** Removes a membership; never the last admin of a municipality, an organisation or the platform. */
    async removeMembership(user: AuthUser, id: string): Promise<void> {
      const doc = await memberships.find(id);
      if (!doc || !visible(user, doc)) throw new NotFoundError('No such membership.');
      if (ADMIN_ROLES.has(doc.role) && (await memberships.countInScope(doc.scope)) <= 1) {
        throw new ConflictError('This is the last administrator here. Invite another one first.');
      }
      if (!(await memberships.remove(id))) throw new NotFoundError('No such membership.');
      await audit.record({
        actor: user,
        action: 'membership.removed',
        subject: { type: 'membership', id },
        details: { personId: doc.personId, role: doc.role },
        related: relatedOf(doc),
      });
    },
  };
}

export type OnboardingService = ReturnType<typeof createOnboardingService>;
