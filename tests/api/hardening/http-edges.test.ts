import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';

// Issue 9 items 3 and 5: one error shape outside /api too, and the limits a deployment sets.
let server: TestServer;
let tight: TestServer;

beforeAll(async () => {
  [server, tight] = await Promise.all([
    startTestServer(),
    startTestServer({ HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2', MAX_CONNECTIONS: '3' }),
  ]);
});
afterAll(async () => {
  await Promise.all([server.close(), tight.close()]);
});

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Everything the server writes until it closes the connection, and how long that took. */
function untilClosed(socket: Socket): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return new Promise((resolve) => socket.on('close', () => resolve({ text, ms: Date.now() - started })));
}

describe('errors outside /api', () => {
  it.each([
    ['POST', '/nowhere'],
    ['PUT', '/apps/budgetcoach'],
    ['DELETE', '/'],
    ['POST', '/.well-known/nothing'],
  ])('answers %s %s with a problem+json 404, not an HTML page', async (method, path) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { origin: server.url } });
    const problem = await expectProblem(response, 404);
    expect(problem.title).toBe('Not found');
  });

  it.each(['/media/nope/nope.svg', '/assets/missing-1234.js', '/missing-image.png'])(
    'answers a missing file (%s) with the same problem+json 404',
    async (path) => {
      const problem = await expectProblem(await fetch(`${server.url}${path}`), 404);
      expect(problem.title).toBe('Not found');
    },
  );

  it('answers a write to a media file with a problem+json 405 saying what is allowed', async () => {
    const response = await fetch(`${server.url}/media/budgetcoach/icon.svg`, {
      method: 'PATCH',
      headers: { origin: server.url },
    });
    const problem = await expectProblem(response, 405);
    expect(problem.title).toBe('Method not allowed');
    expect(response.headers.get('allow')).toMatch(/GET/);
  });

  it('answers a path that climbs out of /media with a problem+json 4xx, not "Bad request"', async () => {
    const response = await fetch(`${server.url}/media/%2e%2e/%2e%2e/package.json`);
    expect([403, 404]).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { title: string }).title).not.toBe('Bad request');
  });

  it('answers a client that asks for JSON at an unknown page path with a problem+json 404', async () => {
    const response = await fetch(`${server.url}/apps/some-app`, { headers: { accept: 'application/json' } });
    await expectProblem(response, 404);
  });
});

describe('server limits', () => {
  it('answers a request body that stalls with 408 problem+json within the request timeout', async () => {
    const socket = await open(tight.url);
    const closed = untilClosed(socket);
    socket.write(
      'POST /api/v1/session/demo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"pers',
    );
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('application/problem+json');
    expect(ms).toBeLessThan(4_500);
  });

  it('drops a client that sends its headers too slowly', async () => {
    const socket = await open(tight.url);
    const closed = untilClosed(socket);
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(3_500);
  });

  it('takes no more connections than MAX_CONNECTIONS, and takes new ones once some close', async () => {
    const held = await Promise.all([open(tight.url), open(tight.url), open(tight.url)]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await open(tight.url);
    const { text } = await untilClosed(extra);
    expect(text).toBe('');
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${tight.url}/healthz`)).status).toBe(200);
  });
});
