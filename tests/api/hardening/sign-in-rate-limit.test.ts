import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../../server/boot.ts';
import { answerClientErrorsWithProblems } from '../../../server/http/client-error.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';

// Issue 9 item 4 / issue 10 part 4: the sign-in limit is counted in the store, shared by every
// instance, and a flood of fresh addresses cannot reset anyone's counter.
const LIMIT = 5;
let a: TestServer;
let b: { url: string; server: Server; services: TestServer['services'] };

beforeAll(async () => {
  // The windows are whole minutes: start well inside one, so a test never straddles two.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
  a = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: String(LIMIT) });
  // A second instance of the platform over the same store, as behind a load balancer.
  const booted = await boot(a.config, pino({ level: 'silent' }), { store: a.store });
  const server = createServer(booted.handler);
  answerClientErrorsWithProblems(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  b = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    services: booted.services,
  };
}, 90_000);
afterAll(async () => {
  b.server.closeAllConnections();
  await new Promise((resolve) => b.server.close(resolve));
  await a.close();
});

/** A demo sign-in from a given loopback address (Linux routes all of 127/8 to lo). */
function signIn(
  baseUrl: string,
  localAddress = '127.0.0.1',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL('/api/v1/session/demo', baseUrl);
  const body = JSON.stringify({ persona: 'resident-fatima' });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          origin: a.url,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in rate limit', () => {
  it('is shared by two instances on one store: B refuses the attempt after A took the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await signIn(i % 2 === 0 ? a.url : b.url)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));

    const refused = await signIn(b.url);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await signIn(a.url)).status).toBe(429);
  });

  it('counts another address on its own', async () => {
    expect((await signIn(a.url, '127.0.0.2')).status).toBe(200);
    expect((await signIn(b.url, '127.0.0.2')).status).toBe(200);
  });

  it('keeps counting after a flood of 10,001 fresh addresses', async () => {
    const limiter = a.services.limits.signIn;
    const flood = Array.from(
      { length: 10_001 },
      (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    );
    for (let i = 0; i < flood.length; i += 500) {
      await Promise.all(flood.slice(i, i + 500).map((key) => limiter.hit(key)));
    }
    expect((await signIn(a.url)).status).toBe(429);
    expect((await signIn(b.url)).status).toBe(429);
  }, 60_000);

  it('answers 429 as problem+json over fetch too', async () => {
    const response = await fetch(`${b.url}/api/v1/session/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: a.url },
      body: JSON.stringify({ persona: 'resident-fatima' }),
    });
    await expectProblem(response, 429);
  });
});
