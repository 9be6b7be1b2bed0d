import { createHash, randomBytes } from 'node:crypto';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '../../server/identity/identity.service.ts';
import { createSessionRepository } from '../../server/identity/session.repository.ts';
import { sessionCookieName } from '../../server/identity/session-cookie.ts';
import type { Membership, PersonProfile } from '../../shared/schemas/persona.ts';
import { ApiClient } from '../setup/api-client.ts';
import type { TestServer } from '../setup/test-server.ts';

let counter = 0;

export interface TestPerson {
  id: string;
  profile: PersonProfile;
  memberships: Membership[];
}

/** A person who is not a demo persona, e.g. a third reviewer or a reviewer who is also a vendor. */
export function buildPerson(memberships: Membership[], overrides: Partial<TestPerson> = {}): TestPerson {
  counter += 1;
  const suffix = `${counter}-${randomBytes(3).toString('hex')}`;
  return {
    id: `test-person-${suffix}`,
    profile: {
      givenName: 'Test',
      familyName: `Persoon ${suffix}`,
      birthdate: '1990-01-01',
      email: `test-${suffix}@mail.example`,
      phoneNumber: '+31600000000',
      address: { streetAddress: 'Teststraat 1', postalCode: '3511 AA', locality: 'Utrecht', country: 'NL' },
      locale: 'nl',
    },
    memberships,
    ...overrides,
  };
}

/** An ApiClient that sends a session cookie it was given, besides any the server sets. */
class PresetSessionClient extends ApiClient {
  constructor(
    baseUrl: string,
    private readonly presetCookie: string,
  ) {
    super(baseUrl);
  }

  override request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return super.request(method, path, body, { cookie: this.presetCookie, ...headers });
  }
}

/**
 * Signs a person in without demo sign-in, the way an OIDC sign-in would end: a user and a session
 * in the store (through the server's own session repository; only the token's SHA-256 is stored).
 * For people no demo persona covers, and for servers with demo sign-in off.
 */
export async function signInDirectly(server: TestServer, person: TestPerson): Promise<ApiClient> {
  const repository = await createSessionRepository(server.store);
  await repository.upsertUser(person);
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await repository.insert({
    id: createHash('sha256').update(token).digest('hex'),
    userId: person.id,
    expiresAt: now + ABSOLUTE_LIFETIME_MS,
    idleExpiresAt: now + IDLE_TIMEOUT_MS,
  });
  return new PresetSessionClient(server.url, `${sessionCookieName(server.config.secureCookies)}=${token}`);
}
