import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import type { Persona } from '../../shared/schemas/persona.ts';
import { DemoPersonaSchema, SessionSchema } from '../../shared/schemas/session.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let personas: Persona[];
beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  personas = (await loadCatalogFiles(CATALOG_DIR)).personas;
});
afterAll(() => server.close());

const FOREIGN_ORIGIN = 'https://evil.example';

function persona(id: string): Persona {
  const found = personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id} in catalog/personas.json`);
  return found;
}

async function sessionOf(client: ApiClient) {
  const response = await client.get('/api/v1/session');
  expect(response.status).toBe(200);
  return SessionSchema.parse(await response.json());
}

/** The session as seen with a given cookie, independent of any client's cookie jar. */
async function sessionWithCookie(cookie: string) {
  const response = await fetch(`${server.url}/api/v1/session`, { headers: { cookie } });
  return SessionSchema.parse(await response.json());
}

async function sessionCount(): Promise<number> {
  return (await server.store.collection('sessions')).count({});
}

describe('identity', () => {
  describe('GET /api/v1/session', () => {
    it('answers a null user without roles when signed out', async () => {
      const client = new ApiClient(server.url);

      const response = await client.get('/api/v1/session');

      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(SessionSchema.parse(await response.json())).toEqual({
        user: null,
        roles: [],
        idleExpiresAt: null,
        assurance: null,
      });
    });

    it('shows the signed-in user with their roles', async () => {
      const fatima = persona('resident-fatima');
      const client = await signedIn(server.url, fatima.id);

      const session = await sessionOf(client);

      expect(session.user).toEqual({
        id: fatima.id,
        displayName: `${fatima.profile.givenName} ${fatima.profile.familyName}`,
        givenName: fatima.profile.givenName,
      });
      expect(session.roles).toEqual(fatima.memberships);
      expect(Date.parse(session.idleExpiresAt ?? '')).toBeGreaterThan(Date.now());
    });

    it('keeps an active session alive by pushing the idle expiry forward', async () => {
      const client = await signedIn(server.url, 'admin-amsterdam');
      const sessions = await server.store.collection('sessions');
      const [record] = await sessions.find({ userId: 'admin-amsterdam' });
      await sessions.updateOne({ _id: record?._id }, { $set: { idleExpiresAt: Date.now() + 60_000 } });

      const session = await sessionOf(client);

      expect(session.user?.id).toBe('admin-amsterdam');
      expect(Date.parse(session.idleExpiresAt ?? '')).toBeGreaterThan(Date.now() + 14 * 60_000);
    });

    it('ends a session that was idle for 15 minutes', async () => {
      const client = await signedIn(server.url, 'resident-sanne');
      const sessions = await server.store.collection('sessions');
      const records = await sessions.find({ userId: 'resident-sanne' });
      expect(records).toHaveLength(1);
      const id = records[0]?._id;
      await sessions.updateOne({ _id: id }, { $set: { idleExpiresAt: Date.now() - 1 } });

      const session = await sessionOf(client);

      expect(session).toEqual({ user: null, roles: [], idleExpiresAt: null, assurance: null });
      expect(await sessions.find({ _id: id })).toEqual([]);
      await expectProblem(await client.get('/api/v1/audit'), 401);
    });
  });

  describe('GET /api/v1/session/demo-personas', () => {
    it('lists every demo persona with name, summary and roles', async () => {
      const response = await fetch(`${server.url}/api/v1/session/demo-personas`);

      expect(response.status).toBe(200);
      const listed = DemoPersonaSchema.array().parse(await response.json());
      expect(listed.map((p) => p.id)).toEqual(personas.map((p) => p.id));
      for (const p of personas) {
        expect(listed.find((l) => l.id === p.id)).toEqual({
          id: p.id,
          displayName: `${p.profile.givenName} ${p.profile.familyName}`,
          summary: p.summary,
          roles: p.memberships,
        });
      }
    });

    it('reveals no personal details beyond the name', async () => {
      const response = await fetch(`${server.url}/api/v1/session/demo-personas`);

      const text = await response.text();
      for (const p of personas) {
        expect(text).not.toContain(p.profile.email);
        expect(text).not.toContain(p.profile.birthdate);
      }
    });
  });

  describe('POST /api/v1/session/demo', () => {
    it('signs in with an HttpOnly, SameSite=Lax session cookie and answers the session', async () => {
      const henk = persona('resident-henk');
      const client = new ApiClient(server.url);

      const response = await client.post('/api/v1/session/demo', { persona: henk.id });

      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const [cookie, ...others] = response.headers.getSetCookie();
      expect(others).toEqual([]);
      const attributes = (cookie ?? '').split(';').map((a) => a.trim());
      expect(attributes[0]).toMatch(/^ic_session=[A-Za-z0-9_-]{40,}$/);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
      expect(attributes).not.toContain('Secure');
      const body = SessionSchema.parse(await response.json());
      expect(body.user?.id).toBe(henk.id);
      expect((await sessionOf(client)).roles).toEqual(henk.memberships);
    });

    it('stores only a hash of the session token', async () => {
      const client = await signedIn(server.url, 'admin-utrecht');
      const token = client.sessionCookie?.split('=')[1] ?? '';

      const stored = await (await server.store.collection('sessions')).find({ userId: 'admin-utrecht' });

      expect(token.length).toBeGreaterThan(40);
      expect(stored.length).toBeGreaterThan(0);
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('rotates the session id at sign-in, so the old cookie no longer works', async () => {
      const client = await signedIn(server.url, 'resident-fatima');
      const oldCookie = client.sessionCookie ?? '';

      await client.signIn('resident-henk');

      const newCookie = client.sessionCookie ?? '';
      expect(newCookie).not.toBe(oldCookie);
      expect((await sessionWithCookie(oldCookie)).user).toBeNull();
      expect((await sessionWithCookie(newCookie)).user?.id).toBe('resident-henk');
    });

    it('answers 400 naming `persona` for an unknown persona, and signs nobody in', async () => {
      const client = new ApiClient(server.url);

      const response = await client.post('/api/v1/session/demo', { persona: 'nobody-here' });

      const problem = await expectProblem(response, 400);
      expect(problem.errors).toEqual([expect.objectContaining({ in: 'body', field: 'persona' })]);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect((await sessionOf(client)).user).toBeNull();
    });

    it('answers 400 naming an extra body field, and signs nobody in', async () => {
      const client = new ApiClient(server.url);

      const response = await client.post('/api/v1/session/demo', {
        persona: 'resident-henk',
        roles: [{ role: 'platform-admin' }],
      });

      const problem = await expectProblem(response, 400);
      expect(problem.errors).toEqual([{ in: 'body', field: 'roles', message: 'unknown field' }]);
      expect(response.headers.getSetCookie()).toEqual([]);
    });

    it('answers 400 naming `persona` when it is missing', async () => {
      const problem = await expectProblem(
        await new ApiClient(server.url).post('/api/v1/session/demo', {}),
        400,
      );

      expect(problem.errors?.map((e) => e.field)).toEqual(['persona']);
    });

    it('answers 400 for malformed JSON', async () => {
      const client = new ApiClient(server.url);

      const problem = await expectProblem(
        await client.post('/api/v1/session/demo', '{"persona": "resident-'),
        400,
      );

      expect(problem.title).toBe('Malformed JSON');
    });

    it('answers 415 for a text/plain body', async () => {
      const client = new ApiClient(server.url);

      const response = await client.post('/api/v1/session/demo', 'persona=resident-henk', {
        'content-type': 'text/plain',
      });

      await expectProblem(response, 415);
      expect(response.headers.getSetCookie()).toEqual([]);
    });

    it('answers 413 for a body larger than 1 MB', async () => {
      const client = new ApiClient(server.url);
      const body = { persona: 'resident-henk', padding: 'x'.repeat(1024 * 1024) };

      const response = await client.post('/api/v1/session/demo', body);

      await expectProblem(response, 413);
    });

    it('answers 403 to a foreign Origin and starts no session', async () => {
      const client = new ApiClient(server.url);
      const before = await sessionCount();

      const response = await client.post(
        '/api/v1/session/demo',
        { persona: 'resident-henk' },
        { origin: FOREIGN_ORIGIN },
      );

      await expectProblem(response, 403);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await sessionCount()).toBe(before);
    });

    it('answers 403 to a cross-site request without Origin', async () => {
      const response = await fetch(`${server.url}/api/v1/session/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
        body: JSON.stringify({ persona: 'resident-henk' }),
      });

      await expectProblem(response, 403);
    });
  });

  describe('DELETE /api/v1/session', () => {
    it('signs out: the cookie is cleared and the session ends on the server', async () => {
      const client = await signedIn(server.url, 'vendor-geldfit');
      const cookie = client.sessionCookie ?? '';

      const response = await client.delete('/api/v1/session');

      expect(response.status).toBe(204);
      expect(response.headers.getSetCookie()[0]).toMatch(/^ic_session=;.*Max-Age=0/);
      expect((await sessionOf(client)).user).toBeNull();
      expect((await sessionWithCookie(cookie)).user).toBeNull();
      await expectProblem(await fetch(`${server.url}/api/v1/vendor/listings`, { headers: { cookie } }), 401);
    });

    it('answers 204 when nobody is signed in', async () => {
      expect((await new ApiClient(server.url).delete('/api/v1/session')).status).toBe(204);
    });

    it('answers 403 to a foreign Origin and keeps the session', async () => {
      const client = await signedIn(server.url, 'vendor-samensterk');

      const response = await client.delete('/api/v1/session', { origin: FOREIGN_ORIGIN });

      await expectProblem(response, 403);
      expect((await sessionOf(client)).user?.id).toBe('vendor-samensterk');
    });
  });

  describe('signed out', () => {
    it.each([
      ['GET', '/api/v1/vendor/listings'],
      ['GET', '/api/v1/reviews'],
      ['GET', '/api/v1/audit'],
      ['GET', '/api/v1/suspensions'],
    ])('answers 401 problem+json on %s %s', async (method, path) => {
      await expectProblem(await new ApiClient(server.url).request(method, path), 401);
    });
  });
});

describe('identity: sign-in rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After once the limit per minute is used up', async () => {
    const client = new ApiClient(limited.url);
    for (let i = 0; i < 3; i += 1) {
      expect((await client.post('/api/v1/session/demo', { persona: 'resident-henk' })).status).toBe(200);
    }

    const response = await client.post('/api/v1/session/demo', { persona: 'resident-henk' });

    await expectProblem(response, 429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await client.get('/api/v1/session')).status).toBe(200);
  });
});

describe('identity: demo sign-in off in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    // Production also needs the key that encrypts signing keys at rest.
    production = await startTestServer({
      NODE_ENV: 'production',
      KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
  });
  afterAll(() => production.close());

  it('answers 404 for the persona list', async () => {
    await expectProblem(await fetch(`${production.url}/api/v1/session/demo-personas`), 404);
  });

  it('answers 404 for demo sign-in and starts no session', async () => {
    const client = new ApiClient(production.url);

    const response = await client.post('/api/v1/session/demo', { persona: 'platform-admin' });

    await expectProblem(response, 404);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await (await production.store.collection('sessions')).count({})).toBe(0);
  });

  it('still answers the session endpoint, signed out', async () => {
    const response = await fetch(`${production.url}/api/v1/session`);

    expect(SessionSchema.parse(await response.json()).user).toBeNull();
  });
});
