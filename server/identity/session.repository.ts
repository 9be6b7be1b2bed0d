import type { Membership, PersonProfile } from '../../shared/schemas/persona.ts';
import type { Store } from '../store/store.port.ts';
import type { AuthUser } from './identity.types.ts';

interface SessionDoc {
  _id: string;
  userId: string;
  createdAt: string;
  /** Absolute end; a Date so the store's TTL index removes it. */
  expiresAt: Date;
  idleExpiresAt: number;
}

interface UserDoc {
  _id: string;
  profile: PersonProfile;
  memberships: Membership[];
  source: 'demo';
  updatedAt: string;
}

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: number;
  idleExpiresAt: number;
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
          }
        : null;
    },
    async touch(id: string, idleExpiresAt: number): Promise<void> {
      await sessions.updateOne({ _id: id }, { $set: { idleExpiresAt } });
    },
    async delete(id: string): Promise<void> {
      await sessions.deleteOne({ _id: id });
    },
    async upsertUser(user: AuthUser): Promise<void> {
      const fields = {
        profile: user.profile,
        memberships: user.memberships,
        updatedAt: new Date().toISOString(),
      };
      const updated = await users.updateOne({ _id: user.id }, { $set: fields });
      if (!updated) {
        try {
          await users.insertOne({ _id: user.id, source: 'demo', ...fields });
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
    async findUser(id: string): Promise<AuthUser | null> {
      const doc = await users.findOne({ _id: id });
      return doc ? { id: doc._id, profile: doc.profile, memberships: doc.memberships } : null;
    },
  };
}

export type SessionRepository = Awaited<ReturnType<typeof createSessionRepository>>;
