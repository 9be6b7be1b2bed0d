import { randomBytes } from 'node:crypto';
import type { IDToken } from 'openid-client';

/**
 * After a launch the callback answers with a redirect to the welcome page, so the one-time code
 * and state never stay in the address bar, the history or a bookmark (issue 11 item 18). The
 * claims wait here, in memory only, under a random id in an HttpOnly cookie, for a short time.
 */
export const SESSION_COOKIE = 'demo_session';
export const SESSION_TTL_MS = 10 * 60_000;
const MAX_SESSIONS = 1000;

interface Signed {
  slug: string;
  appName: string;
  claims: IDToken;
  expiresAt: number;
}

export function createSessionStore(now: () => number = Date.now) {
  const sessions = new Map<string, Signed>();
  const sweep = () => {
    for (const [id, s] of sessions) if (s.expiresAt <= now()) sessions.delete(id);
  };
  return {
    put(slug: string, appName: string, claims: IDToken): string {
      sweep();
      // Bounded: the oldest go first when many launch at once.
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, { slug, appName, claims, expiresAt: now() + SESSION_TTL_MS });
      return id;
    },
    get(id: string | undefined, slug: string): Signed | undefined {
      const found = id ? sessions.get(id) : undefined;
      if (!found || found.slug !== slug || found.expiresAt <= now()) return undefined;
      return found;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
