import { SignInMethodsSchema } from '../../shared/schemas/session.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import type { ConnectionName, SignInFlow } from './sign-in.service.ts';

/** Which ways to sign in this install offers, so the sign-in page shows only those. */
export function signInApiRoutes(
  flows: Partial<Record<ConnectionName, SignInFlow>>,
  demoSignIn: boolean,
  staffConnections: { name: string; label: string }[] = [],
): RouteSpec[] {
  const methods = {
    residents: !!flows.residents,
    staff: !!flows.staff,
    demo: demoSignIn,
    // Only when the install has a STAFF_SIGN_IN_FILE (decision 028).
    ...(staffConnections.length > 0
      ? { staffConnections: staffConnections.map(({ name, label }) => ({ name, label })) }
      : {}),
  };
  return [
    route({
      method: 'get',
      path: '/session/sign-in-methods',
      operationId: 'listSignInMethods',
      summary: 'The ways to sign in: DigiD through the broker, the staff connection, demo personas',
      description:
        'Public. The ways to sign in on this deployment: DigiD through the broker, the staff connection and, in demo mode, the demo personas.',
      tag: 'identity',
      auth: 'public',
      responses: { 200: { description: 'What is on', schema: SignInMethodsSchema } },
      handler: async () => ({ status: 200, body: methods }),
    }),
  ];
}
