import type { RequestHandler, Response } from 'express';
import { UnauthenticatedError } from '../http/errors.ts';
import type { IdentityService, ResolvedSession } from './identity.service.ts';
import type { AuthUser } from './identity.types.ts';
import { readCookie } from './session-cookie.ts';

/** Resolves the session cookie once per request; routes read it with currentSession/requireUser. */
export function sessionMiddleware(identity: IdentityService, cookieName: string): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req, cookieName);
    res.locals.sessionToken = token;
    res.locals.session = token ? await identity.resolve(token) : null;
    next();
  };
}

export function currentSession(res: Response): ResolvedSession | null {
  return (res.locals.session as ResolvedSession | null | undefined) ?? null;
}

export function requireUser(res: Response): AuthUser {
  const session = currentSession(res);
  if (!session) throw new UnauthenticatedError();
  return session.user;
}
