import { z } from 'zod';
import {
  type ActingForChoice,
  ActingForChoiceSchema,
  DemoPersonaSchema,
  DemoSignInSchema,
  type Session,
  SessionSchema,
} from '../../shared/schemas/session.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { UnauthenticatedError } from '../http/errors.ts';
import { type RateLimiter, rateLimitByAddress } from '../http/rate-limit.ts';
import { ABSOLUTE_LIFETIME_MS, type IdentityService } from './identity.service.ts';
import { currentSession } from './session.middleware.ts';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';

/** The name of a municipality (CBS) or organisation someone can act for. */
export type ChoiceNamer = (choice: ActingForChoice) => Promise<string>;

export function identityRoutes(
  identity: IdentityService,
  cookie: { name: string; secure: boolean },
  signInLimiter: RateLimiter,
  nameOf: ChoiceNamer = async (choice) => choice.id,
): RouteSpec[] {
  /** The session view with the names of what it can act for. */
  async function named(view: Session): Promise<Session> {
    const name = async <T extends ActingForChoice>(c: T) => ({ ...c, name: await nameOf(c) });
    return {
      ...view,
      ...(view.actingFor ? { actingFor: await name(view.actingFor) } : {}),
      ...(view.actingForChoices
        ? { actingForChoices: await Promise.all(view.actingForChoices.map(name)) }
        : {}),
    };
  }
  const sessionToken = (res: { locals: Record<string, unknown> }) => {
    const token = res.locals.sessionToken as string | undefined;
    if (!token) throw new UnauthenticatedError();
    return token;
  };

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
        body: await named(identity.view(currentSession(res))),
        headers: { 'Cache-Control': 'no-store' },
      }),
    }),
    route({
      method: 'put',
      path: '/session/acting-for',
      operationId: 'chooseActingFor',
      description:
        "Signed in. For someone in several municipalities or organisations: the one this session acts for. From then on every request of this session uses only that one's memberships (plus roles without a municipality or organisation). 403 when the person is not a member of it.",
      summary: 'Choose the municipality or organisation to act for',
      tag: 'identity',
      auth: 'session',
      body: ActingForChoiceSchema,
      responses: {
        200: { description: 'The session, acting for the choice', schema: SessionSchema },
        400: { description: 'Not a valid choice' },
        401: { description: 'Not signed in' },
        403: { description: 'Not a member of that municipality or organisation' },
      },
      handler: async ({ res, body }) => {
        const session = await identity.chooseActingFor(sessionToken(res), body);
        return {
          status: 200,
          body: await named(identity.view(session)),
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    }),
    route({
      method: 'delete',
      path: '/session/acting-for',
      operationId: 'clearActingFor',
      description: "Signed in. Acts for all of the person's municipalities and organisations again.",
      summary: 'Act for all memberships again',
      tag: 'identity',
      auth: 'session',
      responses: { 204: { description: 'Choice cleared' }, 401: { description: 'Not signed in' } },
      handler: async ({ res }) => {
        await identity.chooseActingFor(sessionToken(res), null);
        return undefined;
      },
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
