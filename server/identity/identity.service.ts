import { createHash, randomBytes } from 'node:crypto';
import type { AssuranceLevel } from '../../shared/assurance.ts';
import type { Membership, Persona } from '../../shared/schemas/persona.ts';
import type { ActingForChoice, DemoPersona, Session } from '../../shared/schemas/session.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../http/errors.ts';
import { applyActingFor, choiceKey } from './acting-for.ts';
import { type AuthUser, displayName } from './identity.types.ts';
import type { SessionRepository, UserSource } from './session.repository.ts';
import { openForSession, sealForSession } from './upstream-seal.ts';

/** DigiD requires a 15-minute idle timeout; the absolute lifetime caps a session that stays busy. */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Idle expiry is pushed forward at most this often, to spare the store a write per request. */
const TOUCH_INTERVAL_MS = 30 * 1000;

export interface ResolvedSession {
  id: string;
  user: AuthUser;
  /** The level this session's sign-in asked the broker for, when it was a step-up. */
  askedAssurance?: AssuranceLevel | null;
  idleExpiresAt: number;
  /** Whether signing out also ends the session at the upstream provider (RP-initiated logout). */
  upstreamSignOut?: boolean;
  /** What this session acts for (server/identity/acting-for.ts); null when not chosen and not implied. */
  actingFor?: ActingForChoice | null;
  /** The municipalities and organisations to choose from (all the person's memberships). */
  actingForChoices?: ActingForChoice[];
}

/** An upstream sign-in to end at its provider too: the connection and its ID token. */
export interface UpstreamSession {
  connection: string;
  idToken: string;
}

/** Only the hash of the cookie's token is stored, so a copy of the store cannot hijack sessions. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createIdentityService(
  repository: SessionRepository,
  personas: Persona[],
  options: {
    demoSignIn: boolean;
    now?: () => number;
    /** Staff roles granted by invitation (server/onboarding), looked up at every request so a removal counts at once. */
    grantedMemberships?: (personId: string) => Promise<Membership[]>;
  },
) {
  const now = options.now ?? Date.now;
  const byId = new Map(personas.map((p) => [p.id, p]));
  const granted = options.grantedMemberships ?? (async () => []);

  async function startSession(
    user: AuthUser,
    upstream?: UpstreamSession,
    askedAssurance: AssuranceLevel | null = null,
  ): Promise<{ token: string; session: ResolvedSession }> {
    const token = randomBytes(32).toString('base64url');
    const id = hashToken(token);
    const at = now();
    const idleExpiresAt = at + IDLE_TIMEOUT_MS;
    await repository.insert({
      id,
      userId: user.id,
      expiresAt: at + ABSOLUTE_LIFETIME_MS,
      idleExpiresAt,
      assurance: user.assurance ?? null,
      askedAssurance,
      upstream: upstream
        ? { connection: upstream.connection, sealedIdToken: sealForSession(token, upstream.idToken) }
        : null,
    });
    return {
      token,
      session: { id, user, askedAssurance, idleExpiresAt, upstreamSignOut: !!upstream, actingFor: null },
    };
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
      // Demo personas stand for a DigiD "Substantieel" sign-in, so step-up can be tried with the demo IdP.
      const user: AuthUser = {
        id: persona.id,
        profile: persona.profile,
        memberships: persona.memberships,
        assurance: 'substantial',
      };
      await repository.upsertUser(user);
      return startSession(user);
    },

    /**
     * Starts a session for someone the broker or a staff connection vouched for (server/sign-in);
     * the previous session ends, so the id rotates.
     */
    async signInUpstream(
      user: AuthUser,
      source: Exclude<UserSource, 'demo'>,
      previousToken: string | undefined,
      /** Given when the provider supports RP-initiated logout (end_session_endpoint). */
      upstream?: UpstreamSession,
      /** The level this sign-in asked the broker for (a step-up), if any. */
      askedAssurance: AssuranceLevel | null = null,
    ): Promise<{ token: string; session: ResolvedSession }> {
      if (previousToken) await repository.delete(hashToken(previousToken));
      await repository.upsertUser(
        { ...user, memberships: source === 'resident' ? user.memberships : [] },
        source,
      );
      const memberships = source === 'staff' ? await granted(user.id) : user.memberships;
      return startSession({ ...user, memberships }, upstream, askedAssurance);
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
      const stored = await repository.findUser(record.userId);
      if (!stored) return null;
      const { source, ...person } = stored;
      const all =
        source === 'demo' ? person.memberships : [...person.memberships, ...(await granted(person.id))];
      // Checked at every request: a removed membership drops the choice at once.
      const acting = applyActingFor(all, record.actingFor ?? null);
      const user: AuthUser = {
        ...person,
        memberships: acting.memberships,
        assurance: record.assurance ?? null,
      };
      let idleExpiresAt = record.idleExpiresAt;
      if (at + IDLE_TIMEOUT_MS - idleExpiresAt > TOUCH_INTERVAL_MS) {
        idleExpiresAt = Math.min(at + IDLE_TIMEOUT_MS, record.expiresAt);
        await repository.touch(id, idleExpiresAt);
      }
      return {
        id,
        user,
        askedAssurance: record.askedAssurance ?? null,
        idleExpiresAt,
        upstreamSignOut: !!record.upstream,
        actingFor: acting.actingFor,
        actingForChoices: acting.choices,
      };
    },

    async signOut(token: string): Promise<void> {
      await repository.delete(hashToken(token));
    },

    /**
     * Ends the session and hands back what is needed to end it at the upstream provider too
     * (null for a demo session, or when the provider has no end_session_endpoint).
     */
    async endSession(token: string): Promise<UpstreamSession | null> {
      const id = hashToken(token);
      const record = await repository.find(id);
      if (!record) return null;
      await repository.delete(id);
      if (!record.upstream) return null;
      const idToken = openForSession(token, record.upstream.sealedIdToken);
      return idToken ? { connection: record.upstream.connection, idToken } : null;
    },

    /**
     * Records what this session acts for; only a municipality or organisation the person is a member
     * of (403 otherwise). Null goes back to all memberships. Returns the session as it now is.
     */
    async chooseActingFor(token: string, choice: ActingForChoice | null): Promise<ResolvedSession> {
      const session = await this.resolve(token);
      if (!session) throw new UnauthenticatedError();
      if (choice && !session.actingForChoices?.some((c) => choiceKey(c) === choiceKey(choice)))
        throw new ForbiddenError('You are not a member of that municipality or organisation.');
      await repository.setActingFor(session.id, choice ? choiceKey(choice) : null);
      return (await this.resolve(token)) ?? session;
    },

    view(session: ResolvedSession | null): Session {
      if (!session) return { user: null, roles: [], idleExpiresAt: null, assurance: null };
      return {
        user: {
          id: session.user.id,
          displayName: displayName(session.user),
          givenName: session.user.profile.givenName ?? displayName(session.user),
        },
        roles: session.user.memberships,
        assurance: session.user.assurance ?? null,
        idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
        ...(session.upstreamSignOut ? { upstreamSignOut: true } : {}),
        // Names are filled in by the routes (identity.routes.ts); the id stands in until then.
        actingFor: session.actingFor ? { ...session.actingFor, name: session.actingFor.id } : null,
        ...((session.actingForChoices?.length ?? 0) > 1
          ? { actingForChoices: session.actingForChoices?.map((c) => ({ ...c, name: c.id })) }
          : {}),
      };
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
