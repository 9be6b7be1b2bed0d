/**
 * The fast lane (server/http/fast-lane.ts) answers GET /apps and GET /apps/{slug} without Express.
 * These tests hold it to the full route's behaviour: a request with `Content-Length: 0` is
 * declined by the lane and goes the full way, so the two answers can be compared side by side.
 */
import { request } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDetailSchema, AppListSchema } from '../../shared/schemas/catalog.ts';
import { publishApp } from '../factories/published-app.ts';
import { signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

const logLines: string[] = [];
let server: TestServer;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...chunk.toString().trim().split('\n'));
      done();
    },
  });
  server = await startTestServer({}, { logger: pino({ level: 'info' }, sink) });
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with node:http, so that headers fetch refuses to send (Content-Length) can be set. */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Goes the full way through Express: the lane declines any request that declares a body. */
const fullWay = (path: string, headers: Record<string, string> = {}) =>
  rawGet(path, { ...headers, 'content-length': '0' });

/** Headers that differ between any two responses by nature. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);
const comparable = (headers: RawResponse['headers']) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));

const SLUG = 'budgetcoach';

describe('catalog fast lane', () => {
  it.each([
    ['an app page', `/api/v1/apps/${SLUG}`],
    ['the first list page', '/api/v1/apps'],
    ['a search within a municipality', '/api/v1/apps?q=geld&municipality=GM0344&pageSize=5'],
    ['a category page', '/api/v1/apps?category=geld-en-schulden&page=1'],
  ])('answers %s with the same bytes and headers as the full route', async (_name, path) => {
    await rawGet(path); // an app page is built on its first request, by the full route
    const fast = await rawGet(path);
    const full = await fullWay(path);
    expect(fast.status).toBe(200);
    expect(full.status).toBe(200);
    expect(fast.body.equals(full.body)).toBe(true);
    expect(comparable(fast.headers)).toEqual(comparable(full.headers));
    expect(fast.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(fast.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(fast.headers['api-version']).toBe('1.0.0');
    expect(fast.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('serves bodies that match the published schemas', async () => {
    AppDetailSchema.parse(JSON.parse((await rawGet(`/api/v1/apps/${SLUG}`)).body.toString()));
    const page = AppListSchema.parse(
      JSON.parse((await rawGet('/api/v1/apps?pageSize=3&page=2')).body.toString()),
    );
    expect(page.items).toHaveLength(3);
    expect(page.page).toBe(2);
  });

  it('answers a revalidation with 304 and no body, on both ways, for strong, weak and listed tags', async () => {
    const first = await rawGet(`/api/v1/apps/${SLUG}`);
    const etag = first.headers.etag as string;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      for (const answer of [
        await rawGet(`/api/v1/apps/${SLUG}`, { 'if-none-match': ifNoneMatch }),
        await fullWay(`/api/v1/apps/${SLUG}`, { 'if-none-match': ifNoneMatch }),
      ]) {
        expect(answer.status, ifNoneMatch).toBe(304);
        expect(answer.body.length).toBe(0);
        expect(answer.headers.etag).toBe(etag);
        expect(answer.headers['x-frame-options']).toBe('DENY');
      }
    }
    const changed = await rawGet(`/api/v1/apps/${SLUG}`, { 'if-none-match': '"something-else"' });
    expect(changed.status).toBe(200);
    expect(changed.body.equals(first.body)).toBe(true);
  });

  it('answers HEAD with the length and no body', async () => {
    const get = await rawGet(`/api/v1/apps/${SLUG}`);
    const head = await rawGet(`/api/v1/apps/${SLUG}`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
  });

  it.each([
    ['a page out of range', '/api/v1/apps?page=0', 'page'],
    ['a repeated key', '/api/v1/apps?page=1&page=2', 'page'],
    ['an unknown key', '/api/v1/apps?sort=name', 'sort'],
    ['an operator-shaped key', '/api/v1/apps?q[$gt]=a', 'q[$gt]'],
    ['a prototype key', '/api/v1/apps?__proto__=x', '__proto__'],
    ['an unknown category', '/api/v1/apps?category=casino', 'category'],
  ])('leaves %s to the full route, which answers 400 naming the field', async (_name, path, field) => {
    const problem = await expectProblem(await fetch(`${server.url}${path}`), 400);
    expect(JSON.stringify(problem)).toContain(field);
  });

  it('leaves an unknown app to the full route, which answers 404 problem+json', async () => {
    await expectProblem(await fetch(`${server.url}/api/v1/apps/no-such-app`), 404);
  });

  it('does not answer other methods or paths below /apps/{slug}', async () => {
    expect((await fetch(`${server.url}/api/v1/apps/${SLUG}`, { method: 'POST' })).status).toBe(405);
    const suspension = await fetch(`${server.url}/api/v1/apps/${SLUG}/suspension`);
    expect(suspension.status).toBe(405);
  });

  it('writes one access log line per request, without the query string', async () => {
    const before = logLines.length;
    await rawGet('/api/v1/apps?q=schulden&pageSize=2', { 'x-request-id': 'fast-lane-log-test' });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the log stream is asynchronous
    const line = logLines
      .slice(before)
      .map((text) => JSON.parse(text) as { req?: { id: string; path: string }; res?: { statusCode: number } })
      .find((entry) => entry.req?.id === 'fast-lane-log-test');
    expect(line?.req?.path).toBe('/api/v1/apps');
    expect(line?.res?.statusCode).toBe(200);
    expect(logLines.slice(before).join('\n')).not.toContain('schulden');
  });

  it('shows a newly published app and hides a suspended one at once', async () => {
    const { slug } = await publishApp(server.url);
    expect((await rawGet(`/api/v1/apps/${slug}`)).status).toBe(200);
    const list = AppListSchema.parse(JSON.parse((await rawGet('/api/v1/apps?pageSize=100')).body.toString()));
    expect(list.items.map((item) => item.slug)).toContain(slug);

    const reviewer = await signedIn(server.url, 'reviewer-jan');
    const suspended = await reviewer.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Datalek gemeld' });
    expect(suspended.status).toBe(204);
    expect((await rawGet(`/api/v1/apps/${slug}`)).status).toBe(404);
    const after = AppListSchema.parse(
      JSON.parse((await rawGet('/api/v1/apps?pageSize=100')).body.toString()),
    );
    expect(after.items.map((item) => item.slug)).not.toContain(slug);
  });
});
