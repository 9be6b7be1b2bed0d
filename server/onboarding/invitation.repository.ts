import { randomUUID } from 'node:crypto';
import type { GrantedRole } from '../../shared/schemas/onboarding.ts';
import type { Store } from '../store/store.port.ts';

export interface InvitationDoc {
  _id: string;
  /** Lower-cased; matched against the verified e-mail address of a staff sign-in. */
  email: string;
  role: GrantedRole;
  municipality: string | null;
  organisationId: string | null;
  status: 'open' | 'accepted' | 'revoked';
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
}

export const INVITATIONS = 'invitations';
/** Invitations are valid for a week (issue 14). */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitationRepository(store: Store) {
  const invitations = await store.collection<InvitationDoc>(INVITATIONS, [
    { field: 'email' },
    { field: 'status' },
  ]);
  return {
    async insert(
      fields: Pick<InvitationDoc, 'email' | 'role' | 'municipality' | 'organisationId' | 'invitedBy'>,
      now = Date.now(),
    ): Promise<InvitationDoc> {
      const doc: InvitationDoc = {
        _id: randomUUID(),
        ...fields,
        status: 'open',
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + INVITATION_TTL_MS).toISOString(),
        acceptedBy: null,
        acceptedAt: null,
      };
      await invitations.insertOne(doc);
      return doc;
    },
    find: (id: string) => invitations.findOne({ _id: id }),
    listByEmail: (email: string) => invitations.find({ email }, { sort: { createdAt: 1 } }),
    list: () => invitations.find({}, { sort: { createdAt: -1 }, limit: 500 }),
    /** Single use: only one of two racing sign-ins turns an open invitation into an accepted one. */
    accept: (id: string, personId: string) =>
      invitations.findOneAndUpdate(
        { _id: id, status: 'open' },
        { $set: { status: 'accepted', acceptedBy: personId, acceptedAt: new Date().toISOString() } },
      ),
    revoke: (id: string) =>
      invitations.updateOne({ _id: id, status: 'open' }, { $set: { status: 'revoked' } }),
  };
}

export type InvitationRepository = Awaited<ReturnType<typeof createInvitationRepository>>;
