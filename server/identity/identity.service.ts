import { createHash, randomBytes } from 'node:crypto';
import type { Persona } from '../../shared/schemas/persona.ts';
import type { DemoPersona, Session } from '../../shared/schemas/session.ts';
import { NotFoundError, ValidationError } from '../http/errors.ts';
import { type AuthUser, displayName } from './identity.types.ts';
import type { SessionRepository } from './session.repository.ts';

/** DigiD requires a 15-minute idle timeout; the absolute lifetime caps a session that stays busy. */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Idle expiry is pushed forward at most this often, to spare the store a write per request. */
const TOUCH_INTERVAL_MS = 30 * 1000;

export interface ResolvedSession {
  id: string;
  user: AuthUser;
  idleExpiresAt: number;
}

/** Only the hash of the cookie's token is stored, so a copy of the store cannot hijack sessions. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createIdentityService(
  repository: SessionRepository,
  personas: Persona[],
  options: { demoSignIn: boolean; now?: () => number },
) {
  const now = options.now ?? Date.now;
  const byId = new Map(personas.map((p) => [p.id, p]));

  async function startSession(user: AuthUser): Promise<{ token: string; session: ResolvedSession }> {
    const token = randomBytes(32).toString('base64url');
    const id = hashToken(token);
    const at = now();
    const idleExpiresAt = at + IDLE_TIMEOUT_MS;
    await repository.insert({ id, userId: user.id, expiresAt: at + ABSOLUTE_LIFETIME_MS, idleExpiresAt });
    return { token, session: { id, user, idleExpiresAt } };
  }

  return {
    demoSignInEnabled: options.demoSignIn,

    /** The personas of catalog/ to sign in as; 404 when demo sign-in is off. */
    listDemoPersonas(): DemoPersona[] {
      if (!options.demoSignIn) throw new NotFoundError();
      return personas.map((p) => ({
        id: p.id,
        displayName: `${p.profile.givenName} ${p.profile.familyName}`,
        summary: p.summary,
        roles: p.memberships,
      }));
    },

    /** Signs in as a demo persona; the previous session (if any) ends, so the id rotates. */
    async signInAsPersona(personaId: string, previousToken: string | undefined) {
      if (!options.demoSignIn) throw new NotFoundError();
      const persona = byId.get(personaId);
      if (!persona) throw new ValidationError([{ in: 'body', field: 'persona', message: 'unknown persona' }]);
      if (previousToken) await repository.delete(hashToken(previousToken));
      const user: AuthUser = { id: persona.id, profile: persona.profile, memberships: persona.memberships };
      await repository.upsertUser(user);
      return startSession(user);
    },

    /** The live session behind a cookie token, with its idle expiry pushed forward; null if ended. */
    async resolve(token: string): Promise<ResolvedSession | null> {
      const id = hashToken(token);
      const record = await repository.find(id);
      const at = now();
      if (!record) return null;
      if (record.expiresAt <= at || record.idleExpiresAt <= at) {
        await repository.delete(id);
        return null;
      }
      const user = await repository.findUser(record.userId);
      if (!user) return null;
      let idleExpiresAt = record.idleExpiresAt;
      if (at + IDLE_TIMEOUT_MS - idleExpiresAt > TOUCH_INTERVAL_MS) {
        idleExpiresAt = Math.min(at + IDLE_TIMEOUT_MS, record.expiresAt);
        await repository.touch(id, idleExpiresAt);
      }
      return { id, user, idleExpiresAt };
    },

    async signOut(token: string): Promise<void> {
      await repository.delete(hashToken(token));
    },

    view(session: ResolvedSession | null): Session {
      if (!session) return { user: null, roles: [], idleExpiresAt: null };
      return {
        user: {
          id: session.user.id,
          displayName: displayName(session.user),
          givenName: session.user.profile.givenName,
        },
        roles: session.user.memberships,
        idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
      };
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
