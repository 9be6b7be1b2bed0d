import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastLane } from '../../server/http/fast-lane.ts';
import { prepareJson } from '../../server/http/prepared-json.ts';

const answer = prepareJson({ hello: 'wereld' });
const seenByApp: string[] = [];
const app: RequestListener = (req, res) => {
  seenByApp.push(`${req.method} ${req.url}`);
  res.writeHead(418).end();
};
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(
    fastLane({
      logger: pino({ level: 'silent' }),
      securityHeaders: [['X-Frame-Options', 'DENY']],
      readers: {
        '/api/v1': (pathname, query) => (pathname === '/hello' && query.size === 0 ? answer : undefined),
      },
      app,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fast lane', () => {
  it('answers what a reader knows without the app', async () => {
    seenByApp.length = 0;
    const response = await fetch(`${url}/api/v1/hello`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: 'wereld' });
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('etag')).toBe(answer.etag);
    expect(seenByApp).toEqual([]);
  });

  it.each([
    ['a declined path', '/api/v1/other', 'GET'],
    ['a declined query', '/api/v1/hello?x=1', 'GET'],
    ['a path outside its prefix', '/hello', 'GET'],
    ['a POST', '/api/v1/hello', 'POST'],
    ['a DELETE', '/api/v1/hello', 'DELETE'],
  ])('hands %s to the app', async (_name, path, method) => {
    seenByApp.length = 0;
    const response = await fetch(`${url}${path}`, { method });
    expect(response.status).toBe(418);
    expect(seenByApp).toEqual([`${method} ${path}`]);
  });
});
