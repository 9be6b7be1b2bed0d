import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogSearch } from '../../server/catalog/search-index.ts';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { ApiClient } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { type ChildServer, killChildServer, startChildServer } from './child-server.ts';

/**
 * Issue 5: a graceful shutdown under load finishes in-flight requests. The real server process
 * takes a mixed load; SIGTERM arrives while requests are in flight, including some whose body is
 * still arriving. Every request sent before the signal must complete with 2xx (none reset), the
 * writes among them must be stored, and the process must exit 0.
 */
const SLOW_SLUGS = ['budgetcoach', 'medicijnwekker', 'stevig-staan'];
const FAST_SLUGS = ['mijn-dagritme', 'energiebespaarcoach', 'cafe-ontmoeting'];

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let server: ChildServer | undefined;

beforeAll(async () => {
  temp = await makeTempDir('graceful-shutdown-');
  server = await startChildServer(temp.dir, await freePort());
}, 60_000);

afterAll(async () => {
  await killChildServer(server);
  await temp?.remove();
});

/**
 * A PUT whose headers (and half its body) arrive at once and the rest after `gapMs`: the server
 * has certainly started on it when SIGTERM arrives in the gap.
 */
function slowPut(
  target: ChildServer,
  path: string,
  cookie: string,
  body: unknown,
  gapMs: number,
): { headersSent: Promise<void>; done: Promise<{ status: number; body: string }> } {
  const payload = Buffer.from(JSON.stringify(body));
  let markSent: () => void = () => undefined;
  const headersSent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${target.url}${path}`,
      {
        method: 'PUT',
        headers: {
          cookie,
          origin: target.url,
          'content-type': 'application/json',
          'content-length': String(payload.length),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    req.write(payload.subarray(0, payload.length >> 1), () => markSent());
    setTimeout(() => req.end(payload.subarray(payload.length >> 1)), gapMs);
  });
  return { headersSent, done };
}

describe('graceful shutdown under load', () => {
  it('finishes every in-flight request with 2xx, stores its writes and exits 0 on SIGTERM', async () => {
    const target = server as ChildServer;
    const resident = await new ApiClient(target.url).signIn('resident-fatima');
    const vendor = await new ApiClient(target.url).signIn('vendor-samensterk');

    let stopping = false;
    const outcomes: { what: string; status: number | string }[] = [];
    const track = async (what: string, call: () => Promise<Response>) => {
      try {
        const response = await call();
        await response.arrayBuffer();
        outcomes.push({ what, status: response.status });
      } catch (error) {
        outcomes.push({
          what,
          status: `${(error as Error).message} ${String((error as Error).cause ?? '')}`,
        });
      }
    };
    const workers = Array.from({ length: 8 }, async (_, i) => {
      while (!stopping) {
        const slug = FAST_SLUGS[i % FAST_SLUGS.length] as string;
        if (i % 4 === 0)
          await track('create listing', () =>
            vendor.post('/api/v1/vendor/listings', { draft: buildListingDraft() }),
          );
        else if (i % 4 === 1)
          await track('consent', () => resident.put(`/api/v1/me/consents/${slug}`, { claims: [] }));
        else if (i % 4 === 2) await track('list apps', () => resident.get('/api/v1/apps?q=geld'));
        else await track('app page', () => resident.get(`/api/v1/apps/${slug}`));
      }
    });

    // Under load at least: wait for requests to have completed (a busy machine needs longer than 700 ms).
    const loadedBy = Date.now() + 15_000;
    while (outcomes.length <= 20 && Date.now() < loadedBy) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const cookie = resident.sessionCookie as string;
    const slow = SLOW_SLUGS.map((slug) =>
      slowPut(target, `/api/v1/me/consents/${slug}`, cookie, { claims: [] }, 600),
    );
    await Promise.all(slow.map((s) => s.headersSent));
    await new Promise((resolve) => setTimeout(resolve, 100));

    stopping = true; // nothing new is sent from here on; everything still open is in flight
    target.child.kill('SIGTERM');

    const slowResults = await Promise.all(slow.map((s) => s.done));
    await Promise.all(workers);
    const exit = await Promise.race([
      target.exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000)),
    ]);
    server = undefined;

    expect(
      slowResults.map((r) => r.status),
      'requests whose body was still arriving',
    ).toEqual(SLOW_SLUGS.map(() => 200));
    const failed = outcomes.filter((o) => typeof o.status !== 'number' || o.status < 200 || o.status > 299);
    expect(outcomes.length).toBeGreaterThan(20);
    expect(failed, 'requests sent before SIGTERM that did not complete with 2xx').toEqual([]);
    expect(exit).toEqual({ code: 0, signal: null });

    const store = await openEmbeddedStore(temp.dir);
    const consents = await (await store.collection<{ _id: string; slug: string }>('consents')).find({
      residentId: 'resident-fatima',
    });
    await store.close();
    expect(consents.map((c) => c.slug)).toEqual(expect.arrayContaining(SLOW_SLUGS));

    // The search index was saved on the way out, so the next start does not re-index.
    const saved = await CatalogSearch.load(path.join(temp.dir, 'catalog-search.sqlite'));
    expect(saved.search('budget')).toContain('budgetcoach');
  }, 60_000);
});
