import type { Membership } from '../../shared/schemas/persona.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import type { InvitationRepository } from './invitation.repository.ts';
import { type MembershipRepository, toMembership } from './membership.repository.ts';
import { invitationStatus } from './onboarding.service.ts';

/** Why a staff sign-in was refused; the sign-in page explains each in B1 (server/sign-in). */
export type StaffRefusal = 'no-invitation' | 'invitation-expired' | 'invitation-used';

export class StaffAccessRefusedError extends AppError {
  constructor(readonly reason: StaffRefusal) {
    super(403, 'No access', reason);
  }
}

interface StaffPerson {
  id: string;
  /** Verified by the staff connection (email_verified: true); checked before this is called. */
  email: string;
  name: string;
}

const BOOTSTRAP_ACTOR = { id: 'platform-admins', name: 'PLATFORM_ADMINS' };

/**
 * What a staff sign-in may do: roles are never taken from the IdP (issue 14). They are the
 * person's memberships, plus open invitations to their verified e-mail address accepted now,
 * plus platform admin for an address in PLATFORM_ADMINS (the bootstrap of a fresh install).
 */
export function createStaffAccessService(deps: {
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  audit: AuditService;
  platformAdmins: string[];
}) {
  const { memberships, invitations, audit } = deps;

  return {
    async membershipsOf(personId: string): Promise<Membership[]> {
      return (await memberships.listByPerson(personId)).map(toMembership);
    },

    /**
     * Accepts what is waiting for this person and returns their memberships. Throws
     * StaffAccessRefusedError (and stores nothing) when they have none to act with.
     */
    async signIn(person: StaffPerson): Promise<Membership[]> {
      const email = person.email.toLowerCase();
      const actor = { id: person.id, name: person.name };
      const existing = await memberships.listByPerson(person.id);
      const waiting = await invitations.listByEmail(email);
      const open = waiting.filter((doc) => invitationStatus(doc) === 'open');
      const bootstrap =
        deps.platformAdmins.includes(email) && !existing.some((m) => m.role === 'platform-admin');

      if (existing.length === 0 && open.length === 0 && !bootstrap) {
        if (waiting.some((doc) => invitationStatus(doc) === 'expired'))
          throw new StaffAccessRefusedError('invitation-expired');
        if (waiting.some((doc) => doc.status === 'accepted' && doc.acceptedBy !== person.id))
          throw new StaffAccessRefusedError('invitation-used');
        throw new StaffAccessRefusedError('no-invitation');
      }

      if (bootstrap) {
        const granted = await memberships.grant(
          person.id,
          { role: 'platform-admin', municipality: null, organisationId: null },
          BOOTSTRAP_ACTOR.id,
        );
        if (granted)
          await audit.record({
            actor: BOOTSTRAP_ACTOR,
            action: 'membership.granted',
            subject: { type: 'membership', id: granted._id },
            details: { personId: person.id, role: 'platform-admin', via: 'PLATFORM_ADMINS' },
          });
      }
      for (const invitation of open) {
        const accepted = await invitations.accept(invitation._id, person.id);
        if (!accepted) continue; // a racing sign-in took it
        const granted = await memberships.grant(person.id, invitation, invitation.invitedBy.id);
        const related = [invitation.municipality, invitation.organisationId].filter((x): x is string => !!x);
        await audit.record({
          actor,
          action: 'invitation.accepted',
          subject: { type: 'invitation', id: invitation._id },
          details: { role: invitation.role },
          related,
        });
        if (granted)
          await audit.record({
            actor: invitation.invitedBy,
            action: 'membership.granted',
            subject: { type: 'membership', id: granted._id },
            details: { personId: person.id, role: invitation.role, invitation: invitation._id },
            related,
          });
      }
      return this.membershipsOf(person.id);
    },
  };
}

export type StaffAccessService = ReturnType<typeof createStaffAccessService>;
