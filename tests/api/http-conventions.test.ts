import { rename } from 'node:fs/promises';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '../../shared/api-version.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { embeddedOnly: true });
});
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('Dutch API Design Rules', () => {
  it('sends the API-Version header on every API response, errors included', async () => {
    for (const path of ['/api/v1/apps', '/api/v1/apps/unknown-app', '/api/v1/nope', '/api/nope']) {
      expect((await get(path)).headers.get('api-version')).toBe(API_VERSION);
    }
  });

  it('answers a trailing slash with 404, not a redirect', async () => {
    const response = await get('/api/v1/apps/', { redirect: 'manual' });
    await expectProblem(response, 404);
  });

  it('answers unknown API paths with problem+json 404', async () => {
    await expectProblem(await get('/api/v1/does-not-exist'), 404);
    await expectProblem(await get('/api/v2/apps'), 404);
    await expectProblem(await get('/api/V1/apps'), 404);
  });

  it('answers an unsupported method with 405 and Allow', async () => {
    const response = await get('/api/v1/apps', { method: 'DELETE' });
    await expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    const patch = await get('/api/v1/categories', { method: 'PATCH' });
    await expectProblem(patch, 405);
  });

  it('refuses unknown and operator-shaped query keys, naming each', async () => {
    const problem = await expectProblem(await get('/api/v1/apps?q[$gt]=&sort=name&__proto__=x'), 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['__proto__', 'q[$gt]', 'sort'].sort());
    expect(problem.errors?.every((e) => e.in === 'query')).toBe(true);
  });

  it('reports every invalid query field at once', async () => {
    const problem = await expectProblem(
      await get('/api/v1/apps?page=0&pageSize=101&category=onbekend&municipality=Utrecht'),
      400,
    );
    expect(problem.errors?.map((e) => e.field).sort()).toEqual([
      'category',
      'municipality',
      'page',
      'pageSize',
    ]);
  });

  it('refuses repeated parameters, non-numbers and huge strings', async () => {
    await expectProblem(await get('/api/v1/apps?q=a&q=b'), 400);
    await expectProblem(await get('/api/v1/apps?page=abc'), 400);
    await expectProblem(await get('/api/v1/apps?pageSize=1e3'), 400);
    await expectProblem(await get(`/api/v1/apps?q=${'x'.repeat(201)}`), 400);
  });

  it('accepts unicode search text without error', async () => {
    const response = await get(`/api/v1/apps?q=${encodeURIComponent('zorg 🤝 ẞ 日本語 \u0000')}`);
    expect(response.status).toBe(200);
  });

  it('publishes the OpenAPI document with contact and CORS for everyone', async () => {
    const response = await get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const document = (await response.json()) as {
      openapi: string;
      info: { contact: { email: string } };
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.contact.email).toContain('@');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/apps', '/apps/{slug}', '/categories', '/municipalities']),
    );
    expect(JSON.stringify(document.paths['/apps'])).toContain('pageSize');
  });
});

describe("requests Node's parser refuses", () => {
  async function raw(request: string): Promise<string> {
    const { port, hostname } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write(request));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  it('answers a malformed request with problem+json 400', async () => {
    const answer = await raw('GET /api/v1/apps HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(answer).toContain('"status":400');
  });

  it('answers oversized headers with problem+json 431', async () => {
    const answer = await raw(`GET /api/v1/apps?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('"status":431');
  });
});

describe('security headers', () => {
  it('sends a strict CSP, denies framing and hides the framework', async () => {
    const response = await get('/api/v1/apps');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives every response a request id', async () => {
    const response = await get('/api/v1/categories', { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await get('/api/v1/categories', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  it('reports the process up and the store ready', async () => {
    expect((await get('/healthz')).status).toBe(200);
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'embedded' });
  });

  it('answers /readyz with 503 while the data directory is gone, and recovers', async () => {
    const moved = `${server.dataDir}-away`;
    await rename(server.dataDir, moved);
    try {
      await expectProblem(await get('/readyz'), 503);
    } finally {
      await rename(moved, server.dataDir);
    }
    expect((await get('/readyz')).status).toBe(200);
  });
});

describe('storefront', () => {
  it('serves the storefront for deep links and media files', async () => {
    const page = await get('/apps/budgetcoach');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<div id="root">');
    const missing = await get('/media/nope/nope.svg');
    expect(missing.status).toBe(404);
  });
});
