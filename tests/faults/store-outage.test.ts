import { rename } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

/**
 * DESIGN.md "Quality bars" / issue 5: with the store unreachable /readyz answers 503, API calls
 * answer 503 problem+json (quickly: no hang, no crash), and service resumes by itself when the
 * store is back. The embedded store's equivalent of a lost database is its data directory
 * disappearing: here it is renamed away and back while the server runs.
 */
const SLUG = 'budgetcoach'; // live, offered in Utrecht, claims given_name and email (both optional)
const QUICK_MS = 2_000;

let server: TestServer;
let resident: ApiClient;
let vendor: ApiClient;
let away: string | undefined;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' }, { embeddedOnly: true });
  [resident, vendor] = await Promise.all([
    signedIn(server.url, 'resident-fatima'),
    signedIn(server.url, 'vendor-samensterk'),
  ]);
});

afterAll(async () => {
  if (away) await rename(away, server.dataDir).catch(() => undefined);
  await server.close();
});

async function timed(call: () => Promise<Response>): Promise<{ response: Response; ms: number }> {
  const start = performance.now();
  const response = await call();
  return { response, ms: performance.now() - start };
}

async function takeStoreAway(): Promise<void> {
  away = `${server.dataDir}-away`;
  await rename(server.dataDir, away);
}

async function bringStoreBack(): Promise<void> {
  if (!away) return;
  await rename(away, server.dataDir);
  away = undefined;
}

async function waitUntilReady(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${server.url}/readyz`);
    if (response.status === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready again within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the store becomes unreachable', () => {
  it('answers 503 problem+json quickly while it is gone, and resumes by itself when it is back', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const draftDuringOutage = buildListingDraft();

    await takeStoreAway();
    try {
      const ready = await timed(() => fetch(`${server.url}/readyz`));
      await expectProblem(ready.response, 503);
      expect(ready.ms).toBeLessThan(QUICK_MS);

      const consent = await timed(() =>
        resident.put(`/api/v1/me/consents/${SLUG}`, { claims: ['given_name'] }),
      );
      await expectProblem(consent.response, 503);
      expect(consent.response.headers.get('retry-after')).toBeTruthy();
      expect(consent.ms).toBeLessThan(QUICK_MS);

      const created = await timed(() => vendor.post('/api/v1/vendor/listings', { draft: draftDuringOutage }));
      await expectProblem(created.response, 503);
      expect(created.ms).toBeLessThan(QUICK_MS);

      // The process is still up (a crash would refuse the connection).
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await bringStoreBack();
    }

    await waitUntilReady();
    const consent = await resident.put(`/api/v1/me/consents/${SLUG}`, { claims: ['given_name'] });
    expect(consent.status).toBe(200);
    const created = await vendor.post('/api/v1/vendor/listings', { draft: buildListingDraft() });
    expect(created.status).toBe(201);
  });

  it('keeps no trace of a write it answered 503 to', async () => {
    const draft = buildListingDraft();
    await takeStoreAway();
    try {
      const created = await vendor.post('/api/v1/vendor/listings', { draft });
      await expectProblem(created, 503);
    } finally {
      await bringStoreBack();
    }
    await waitUntilReady();
    // The vendor was told the listing was not created; it must not show up afterwards (it would
    // vanish again at the next restart, or be duplicated when the vendor retries).
    const listings = (await (await vendor.get('/api/v1/vendor/listings')).json()) as { name: string }[];
    expect(listings.map((l) => l.name)).not.toContain(draft.name);
  });
});
