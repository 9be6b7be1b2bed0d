import type { AssuranceLevel } from '../../shared/assurance.ts';
import type { Membership } from '../../shared/schemas/persona.ts';
import type { Store } from '../store/store.port.ts';
import type { AuthUser, UserProfile } from './identity.types.ts';

/** Where a person comes from: a demo persona, a resident of the broker, staff of a staff connection. */
export type UserSource = 'demo' | 'resident' | 'staff';

interface SessionDoc {
  _id: string;
  userId: string;
  createdAt: string;
  /** Absolute end; a Date so the store's TTL index removes it. */
  expiresAt: Date;
  idleExpiresAt: number;
  assurance?: AssuranceLevel | null;
  /** The level the sign-in asked the broker for (a step-up), if any. */
  askedAssurance?: AssuranceLevel | null;
  /** The upstream sign-in to end at the provider too, its ID token sealed (identity.service.ts). */
  upstream?: UpstreamSignOut | null;
  /** The organisation or municipality this session acts for (a membership scope), when chosen. */
  actingFor?: string | null;
}

/**
 * What RP-initiated logout at the provider needs: which connection, and the ID token for
 * `id_token_hint`, sealed with a key derived from the session cookie's token, which the store
 * never holds: a copy of the store cannot read it (it holds the `sub`, for DigiD often the BSN).
 */
export interface UpstreamSignOut {
  connection: string;
  sealedIdToken: string;
}

interface UserDoc {
  _id: string;
  profile: UserProfile;
  /** A demo persona's memberships, or a resident's derived from the broker at sign-in. Staff roles are grants (server/onboarding). */
  memberships: Membership[];
  source: UserSource;
  updatedAt: string;
}

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: number;
  idleExpiresAt: number;
  assurance?: AssuranceLevel | null;
  askedAssurance?: AssuranceLevel | null;
  upstream?: UpstreamSignOut | null;
  actingFor?: string | null;
}

export async function createSessionRepository(store: Store) {
  const sessions = await store.collection<SessionDoc>('sessions', [
    { field: 'userId' },
    { field: 'expiresAt', expireAfterSeconds: 0 },
  ]);
  const users = await store.collection<UserDoc>('users');

  return {
    async insert(session: SessionRecord): Promise<void> {
      await sessions.insertOne({
        _id: session.id,
        userId: session.userId,
        createdAt: new Date().toISOString(),
        expiresAt: new Date(session.expiresAt),
        idleExpiresAt: session.idleExpiresAt,
        assurance: session.assurance ?? null,
        askedAssurance: session.askedAssurance ?? null,
        upstream: session.upstream ?? null,
        actingFor: session.actingFor ?? null,
      });
    },
    async find(id: string): Promise<SessionRecord | null> {
      const doc = await sessions.findOne({ _id: id });
      return doc
        ? {
            id: doc._id,
            userId: doc.userId,
            expiresAt: doc.expiresAt.getTime(),
            idleExpiresAt: doc.idleExpiresAt,
            assurance: doc.assurance ?? null,
            askedAssurance: doc.askedAssurance ?? null,
            upstream: doc.upstream ?? null,
            actingFor: doc.actingFor ?? null,
          }
        : null;
    },
    async touch(id: string, idleExpiresAt: number): Promise<void> {
      await sessions.updateOne({ _id: id }, { $set: { idleExpiresAt } });
    },
    async setActingFor(id: string, actingFor: string | null): Promise<void> {
      await sessions.updateOne({ _id: id }, { $set: { actingFor } });
    },
    async delete(id: string): Promise<void> {
      await sessions.deleteOne({ _id: id });
    },
    async upsertUser(user: AuthUser, source: UserSource = 'demo'): Promise<void> {
      const fields = {
        profile: user.profile,
        memberships: user.memberships,
        updatedAt: new Date().toISOString(),
      };
      const updated = await users.updateOne({ _id: user.id }, { $set: fields });
      if (!updated) {
        try {
          await users.insertOne({ _id: user.id, source, ...fields });
        } catch {
          await users.updateOne({ _id: user.id }, { $set: fields });
        }
      }
    },
    /** Everyone known, for choosing whom to notify (few: staff and the residents who signed in). */
    async listUsers(): Promise<AuthUser[]> {
      return (await users.find({})).map((doc) => ({
        id: doc._id,
        profile: doc.profile,
        memberships: doc.memberships,
      }));
    },
    async findUser(id: string): Promise<(AuthUser & { source: UserSource }) | null> {
      const doc = await users.findOne({ _id: id });
      return doc
        ? { id: doc._id, profile: doc.profile, memberships: doc.memberships, source: doc.source }
        : null;
    },
  };
}

export type SessionRepository = Awaited<ReturnType<typeof createSessionRepository>>;
