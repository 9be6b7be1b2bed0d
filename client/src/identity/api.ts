import { z } from 'zod';
import {
  type ActingForChoice,
  type DemoPersona,
  DemoPersonaSchema,
  type Session,
  SessionSchema,
  type SignInMethods,
  SignInMethodsSchema,
} from '../../../shared/schemas/session.ts';
import { requestJson, requestVoid } from '../lib/api-problem.ts';

const DemoPersonaListSchema = z.array(DemoPersonaSchema);

export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return requestJson('GET', '/api/v1/session', SessionSchema, { signal });
}

/** The demo personas; a 404 means demo sign-in is off. */
export function fetchDemoPersonas(signal?: AbortSignal): Promise<DemoPersona[]> {
  return requestJson('GET', '/api/v1/session/demo-personas', DemoPersonaListSchema, { signal });
}

export function signInAsDemo(persona: string): Promise<Session> {
  return requestJson('POST', '/api/v1/session/demo', SessionSchema, { body: { persona } });
}

export function deleteSession(): Promise<void> {
  return requestVoid('DELETE', '/api/v1/session');
}

/** Which ways to sign in this install offers (DigiD through the broker, staff, demo personas). */
export function fetchSignInMethods(signal?: AbortSignal): Promise<SignInMethods> {
  return requestJson('GET', '/api/v1/session/sign-in-methods', SignInMethodsSchema, { signal });
}

/** Acts for one municipality or organisation (null: all again); the server checks membership. */
export async function chooseActingFor(choice: ActingForChoice | null): Promise<void> {
  if (choice) await requestJson('PUT', '/api/v1/session/acting-for', SessionSchema, { body: choice });
  else await requestVoid('DELETE', '/api/v1/session/acting-for');
}
