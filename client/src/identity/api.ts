import type {
  ActingForChoice,
  DemoPersona,
  Session,
  SignInMethods,
} from '../../../shared/schemas/session.ts';
import { requestTyped, requestVoid } from '../lib/api-problem.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return requestTyped('GET', '/api/v1/session', { signal });
}

/** The demo personas; a 404 means demo sign-in is off. */
export function fetchDemoPersonas(signal?: AbortSignal): Promise<DemoPersona[]> {
  return requestTyped('GET', '/api/v1/session/demo-personas', { signal });
}

export function signInAsDemo(persona: string): Promise<Session> {
  return requestTyped('POST', '/api/v1/session/demo', { body: { persona } });
}

export function deleteSession(): Promise<void> {
  return requestVoid('DELETE', '/api/v1/session');
}

/** Which ways to sign in this install offers (DigiD through the broker, staff, demo personas). */
export function fetchSignInMethods(signal?: AbortSignal): Promise<SignInMethods> {
  return requestTyped('GET', '/api/v1/session/sign-in-methods', { signal });
}

/** Acts for one municipality or organisation (null: all again); the server checks membership. */
export async function chooseActingFor(choice: ActingForChoice | null): Promise<void> {
  if (choice) await requestTyped<Session>('PUT', '/api/v1/session/acting-for', { body: choice });
  else await requestVoid('DELETE', '/api/v1/session/acting-for');
}
