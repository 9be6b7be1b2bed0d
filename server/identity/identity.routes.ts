import { z } from 'zod';
import { DemoPersonaSchema, DemoSignInSchema, SessionSchema } from '../../shared/schemas/session.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { type RateLimiter, rateLimitByAddress } from '../http/rate-limit.ts';
import { ABSOLUTE_LIFETIME_MS, type IdentityService } from './identity.service.ts';
import { currentSession } from './session.middleware.ts';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';

export function identityRoutes(
  identity: IdentityService,
  cookie: { name: string; secure: boolean },
  signInLimiter: RateLimiter,
): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/session',
      operationId: 'getSession',
      description:
        'Public. The signed-in user and their roles (memberships), or user null when nobody is signed in. Never cached.',
      summary: 'Who is signed in, with their roles (user is null when signed out)',
      tag: 'identity',
      auth: 'public',
      responses: { 200: { description: 'The session', schema: SessionSchema } },
      handler: async ({ res }) => ({
        status: 200,
        body: identity.view(currentSession(res)),
        headers: { 'Cache-Control': 'no-store' },
      }),
    }),
    route({
      method: 'get',
      path: '/session/demo-personas',
      operationId: 'listDemoPersonas',
      description:
        'Public, demo sign-in only (404 when it is off): the fictional residents, vendors, reviewers and administrators of catalog/personas.json.',
      summary: 'The demo personas to sign in as (only when demo sign-in is on)',
      tag: 'identity',
      auth: 'public',
      responses: {
        200: { description: 'The personas', schema: z.array(DemoPersonaSchema) },
        404: { description: 'Demo sign-in is off' },
      },
      handler: async () => ({ status: 200, body: identity.listDemoPersonas() }),
    }),
    route({
      method: 'post',
      path: '/session/demo',
      operationId: 'signInAsDemoPersona',
      description:
        'Public, demo sign-in only (404 when it is off): starts a session as the persona and sets the session cookie. Rate limited per client address.',
      summary: 'Sign in as a demo persona (only when demo sign-in is on)',
      tag: 'identity',
      auth: 'public',
      body: DemoSignInSchema,
      before: [rateLimitByAddress(signInLimiter)],
      responses: {
        200: { description: 'Signed in', schema: SessionSchema },
        400: { description: 'Unknown persona' },
        404: { description: 'Demo sign-in is off' },
        429: { description: 'Too many sign-ins' },
      },
      handler: async ({ res, body }) => {
        const { token, session } = await identity.signInAsPersona(body.persona, res.locals.sessionToken);
        writeSessionCookie(res, cookie.name, token, ABSOLUTE_LIFETIME_MS, cookie.secure);
        return { status: 200, body: identity.view(session), headers: { 'Cache-Control': 'no-store' } };
      },
    }),
    route({
      method: 'delete',
      path: '/session',
      operationId: 'signOut',
      description: 'Ends the session on the server and clears the session cookie.',
      summary: 'Sign out',
      tag: 'identity',
      auth: 'public',
      responses: { 204: { description: 'Signed out' } },
      handler: async ({ res }) => {
        const token = res.locals.sessionToken as string | undefined;
        if (token) await identity.signOut(token);
        clearSessionCookie(res, cookie.name, cookie.secure);
        return undefined;
      },
    }),
  ];
}
