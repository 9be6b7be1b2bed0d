import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { AssuranceLevel } from '../../shared/assurance.ts';
import { AssuranceLevelSchema } from '../../shared/schemas/assurance.ts';
import { type RateLimiter, rateLimitByAddress } from '../http/rate-limit.ts';
import { ABSOLUTE_LIFETIME_MS, type IdentityService } from '../identity/identity.service.ts';
import { displayName } from '../identity/identity.types.ts';
import { clearSessionCookie, readCookie, writeSessionCookie } from '../identity/session-cookie.ts';
import { StaffAccessRefusedError, type StaffAccessService } from '../onboarding/staff-access.service.ts';
import { flowCookieName, sealFlow, unsealFlow } from './flow-cookie.ts';
import { refusalPage, type SignInRefusal } from './refusals.ts';
import { safeReturnTo } from './return-to.ts';
import {
  type ConnectionName,
  type SignInFlow,
  SignInRefusedError,
  type VerifiedSignIn,
} from './sign-in.service.ts';
import { municipalityFromClaims, profileFromClaims, residentMemberships } from './upstream-profile.ts';

interface Deps {
  publicUrl: string;
  secureCookies: boolean;
  sessionCookieName: string;
  /** Shared with the demo sign-in: counted in the store, for every instance (issue 9). */
  signInLimiter: RateLimiter;
  municipalityClaim: string;
  flows: Partial<Record<ConnectionName, SignInFlow>>;
  flowKey: () => Promise<Buffer>;
  identity: IdentityService;
  staffAccess: StaffAccessService;
  logger: Logger;
}

function writeFlowCookie(res: Response, name: string, value: string, maxAgeSeconds: number, secure: boolean) {
  // Lax: the provider's redirect back is a top-level GET from its site, which Lax still carries.
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`];
  if (secure) attributes.push('Secure');
  res.append('Set-Cookie', `${name}=${value}; ${attributes.join('; ')}`);
}

function refuse(res: Response, status: number, reason: SignInRefusal) {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.type('html').send(refusalPage(reason));
}

/**
 * Browser paths for signing in upstream (a contract, like the API paths): residents through the
 * DigiD broker, staff through their organisation's provider (docs/decisions/020, 022).
 */
export function signInRouter(deps: Deps): Router {
  const router = express.Router({ strict: true, caseSensitive: true });
  const cookieName = flowCookieName(deps.secureCookies);
  const limit = rateLimitByAddress(deps.signInLimiter);

  // `/auth/residents/...`, `/auth/staff/...`, and `/auth/staff/<name>/...` for the connections of
  // STAFF_SIGN_IN_FILE (decision 028); any other name falls through to the one 404.
  const flowOf = (req: Request): SignInFlow | undefined => {
    const { connection, name } = req.params as { connection?: string; name?: string };
    if (name !== undefined)
      return Object.hasOwn(deps.flows, `staff/${name}`) ? deps.flows[`staff/${name}`] : undefined;
    return connection === 'residents' || connection === 'staff' ? deps.flows[connection] : undefined;
  };

  router.get(['/:connection/sign-in', '/staff/:name/sign-in'], limit, async (req, res, next) => {
    const flow = flowOf(req);
    if (!flow) return next();
    const returnTo = safeReturnTo(req.query.returnTo, deps.publicUrl);
    const acr = AssuranceLevelSchema.optional().safeParse(req.query.acr);
    if (returnTo === null || !acr.success) return refuse(res, 400, 'return-to');
    const { url, flow: state } = await flow.start(returnTo, acr.data ?? null);
    writeFlowCookie(res, cookieName, sealFlow(await deps.flowKey(), state), 600, deps.secureCookies);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url.toString());
  });

  router.get(['/:connection/callback', '/staff/:name/callback'], limit, async (req, res, next) => {
    const flow = flowOf(req);
    if (!flow) return next();
    // Single use: the flow cookie goes whatever happens, so a replayed callback finds nothing.
    const sealed = readCookie(req, cookieName);
    writeFlowCookie(res, cookieName, '', 0, deps.secureCookies);
    try {
      const state = unsealFlow(await deps.flowKey(), sealed, flow.name);
      const verified = await flow.finish(new URL(req.originalUrl, deps.publicUrl), state);
      const previous = readCookie(req, deps.sessionCookieName);
      const { token } =
        flow.name === 'residents'
          ? await signInResident(verified, previous, state?.acr ?? null)
          : await signInStaff(verified, previous, flow.name);
      writeSessionCookie(res, deps.sessionCookieName, token, ABSOLUTE_LIFETIME_MS, deps.secureCookies);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, state?.returnTo ?? '/');
    } catch (error) {
      if (error instanceof SignInRefusedError) return refuse(res, error.status, error.reason);
      if (error instanceof StaffAccessRefusedError) return refuse(res, 403, error.reason);
      throw error;
    }
  });

  /**
   * Signing out from the browser (a form POST of the header's "Uitloggen"): ends the platform
   * session and, when the provider supports RP-initiated logout, sends the browser on to end the
   * session there too, with `id_token_hint` (docs/decisions/026). The session cookie is SameSite=Lax,
   * so another site's form cannot sign someone out; an Origin that is not ours is refused as well.
   */
  router.post('/sign-out', async (req, res) => {
    // A form post under Referrer-Policy no-referrer carries `Origin: null`; then the browser's
    // Sec-Fetch-Site says whether it came from our own pages.
    const origin = req.headers.origin === 'null' ? undefined : req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const foreignSite =
      origin === undefined && site !== undefined && site !== 'same-origin' && site !== 'none';
    if ((origin !== undefined && origin !== new URL(deps.publicUrl).origin) || foreignSite) {
      res.status(403).type('text/plain').send('Forbidden');
      return;
    }
    const token = readCookie(req, deps.sessionCookieName);
    const upstream = token ? await deps.identity.endSession(token) : null;
    clearSessionCookie(res, deps.sessionCookieName, deps.secureCookies);
    res.setHeader('Cache-Control', 'no-store');
    const flow = upstream ? deps.flows[upstream.connection as ConnectionName] : undefined;
    let endSession: URL | null = null;
    try {
      endSession = upstream && flow ? await flow.endSessionUrl(upstream.idToken) : null;
    } catch (error) {
      // The provider cannot be reached: the platform session has ended all the same.
      deps.logger.warn(
        { connection: upstream?.connection, error: String(error) },
        'upstream sign-out skipped',
      );
    }
    // no-referrer (helmet) holds for this redirect too: the provider's page learns nothing of ours.
    res.redirect(303, endSession ? endSession.toString() : '/');
  });

  async function signInResident(
    verified: VerifiedSignIn,
    previous: string | undefined,
    asked: AssuranceLevel | null,
  ) {
    const municipality = municipalityFromClaims(verified.claims, deps.municipalityClaim);
    const user = {
      id: verified.personId,
      profile: profileFromClaims(verified.claims),
      memberships: residentMemberships(municipality),
      assurance: verified.assurance,
    };
    return deps.identity.signInUpstream(user, 'resident', previous, upstreamOf('residents', verified), asked);
  }

  async function signInStaff(
    verified: VerifiedSignIn,
    previous: string | undefined,
    connection: ConnectionName,
  ) {
    const profile = profileFromClaims(verified.claims);
    // Roles are granted to a verified address only: an unverified one is refused before anything is stored.
    if (verified.claims.email_verified !== true || !profile.email)
      throw new SignInRefusedError('email-unverified');
    const person = { id: verified.personId, profile, memberships: [] };
    await deps.staffAccess.signIn({ id: person.id, email: profile.email, name: displayName(person) });
    return deps.identity.signInUpstream(person, 'staff', previous, upstreamOf(connection, verified));
  }

  return router;
}

function upstreamOf(connection: ConnectionName, verified: VerifiedSignIn) {
  return verified.idTokenForSignOut ? { connection, idToken: verified.idTokenForSignOut } : undefined;
}
