import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

interface OpenApiDocument {
  components: { securitySchemes: { session: { type: string; in: string; name: string } } };
}

let http: TestServer;
let https: TestServer;

beforeAll(async () => {
  http = await startTestServer();
  // As deployed: an https PUBLIC_URL makes the cookie __Host- prefixed.
  https = await startTestServer({ PUBLIC_URL: 'https://inwonercloud.example' });
});
afterAll(async () => {
  await http?.close();
  await https?.close();
});

describe('discovery hygiene (issue 15)', () => {
  describe('unknown /.well-known/* paths', () => {
    it.each([
      '/.well-known/oauth-protected-resource',
      '/.well-known/change-password',
      '/.well-known/openid-federation',
      '/.well-known/security.txt/',
      '/.well-known/',
    ])('GET %s answers 404 problem+json, not the storefront', async (path) => {
      const response = await fetch(`${http.url}${path}`);

      const problem = await expectProblem(response, 404);
      expect(problem.title).toBe('Not found');
    });

    it('answers 404 problem+json to a POST as well', async () => {
      const response = await fetch(`${http.url}/.well-known/oauth-protected-resource`, {
        method: 'POST',
        headers: { origin: http.url },
      });

      await expectProblem(response, 404);
    });

    it('still serves OpenID discovery and the JWKS', async () => {
      const discovery = await fetch(`${http.url}/.well-known/openid-configuration`);
      const jwks = await fetch(`${http.url}/.well-known/jwks.json`);

      expect(discovery.status).toBe(200);
      expect(((await discovery.json()) as { issuer: string }).issuer).toBe(http.url);
      expect(jwks.status).toBe(200);
      expect(((await jwks.json()) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
    });
  });

  describe('the OpenAPI security scheme names the cookie the server sets', () => {
    async function documentedCookie(server: TestServer): Promise<string> {
      const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as OpenApiDocument;
      expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
      return doc.components.securitySchemes.session.name;
    }

    async function signInCookie(server: TestServer): Promise<{ name: string; value: string }> {
      const response = await fetch(`${server.url}/api/v1/session/demo`, {
        method: 'POST',
        headers: { origin: server.config.publicUrl, 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'resident-fatima' }),
      });
      expect(response.status).toBe(200);
      const [pair = ''] = (response.headers.getSetCookie()[0] ?? '').split(';');
      const index = pair.indexOf('=');
      return { name: pair.slice(0, index), value: pair.slice(index + 1) };
    }

    it('over http: ic_session, and a client sending the documented name is signed in', async () => {
      const documented = await documentedCookie(http);
      const cookie = await signInCookie(http);

      expect(documented).toBe('ic_session');
      expect(cookie.name).toBe(documented);
      const session = await fetch(`${http.url}/api/v1/session`, {
        headers: { cookie: `${documented}=${cookie.value}` },
      });
      expect(((await session.json()) as { user: unknown }).user).not.toBeNull();
    });

    it('on https: __Host-ic_session', async () => {
      const documented = await documentedCookie(https);
      const cookie = await signInCookie(https);

      expect(documented).toBe('__Host-ic_session');
      expect(cookie.name).toBe(documented);
    });
  });
});
