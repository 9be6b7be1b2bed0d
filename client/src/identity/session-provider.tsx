import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { Session } from '../../../shared/schemas/session.ts';
import { deleteSession, fetchSession, signInAsDemo } from './api.ts';

export type SessionStatus = 'loading' | 'ready' | 'error';

export interface SessionContextValue {
  /** Null until the first answer; `session.user` is null when signed out. */
  session: Session | null;
  status: SessionStatus;
  refresh: () => Promise<void>;
  signInAsPersona: (persona: string) => Promise<Session>;
  signOut: () => Promise<void>;
}

const SIGNED_OUT: Session = { user: null, roles: [], idleExpiresAt: null };

const SessionContext = createContext<SessionContextValue | null>(null);

/** Knows who is signed in. The session itself lives on the server; this only mirrors it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');

  const refresh = useCallback(async () => {
    try {
      setSession(await fetchSession());
      setStatus('ready');
    } catch {
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signInAsPersona = useCallback(async (persona: string) => {
    const next = await signInAsDemo(persona);
    setSession(next);
    setStatus('ready');
    return next;
  }, []);

  const signOut = useCallback(async () => {
    await deleteSession();
    setSession(SIGNED_OUT);
    setStatus('ready');
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({ session, status, refresh, signInAsPersona, signOut }),
    [session, status, refresh, signInAsPersona, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
