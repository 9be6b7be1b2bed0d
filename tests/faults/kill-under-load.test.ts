import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import { openEmbeddedStore } from '../../server/store/embedded.store.ts';
import type { AppDetail } from '../../shared/schemas/catalog.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { ApiClient } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { type ChildServer, killChildServer, startChildServer } from './child-server.ts';

/**
 * DESIGN.md "Storage": every write that is acknowledged survives kill -9 of the server, and
 * nothing is left half-written. The real server process (server/start.ts) takes concurrent
 * vendor submissions, reviewer claims and assessments and resident consents; it is killed with
 * SIGKILL mid-load, twice, and restarted on the same data directory each time. Every write that
 * was answered 2xx must be there afterwards, through the API and in the store.
 */
const ROUNDS = 3;
const LOAD_MS = 1_500;
const CONSENT_SLUGS = ['budgetcoach', 'brievenhulp', 'medicijnwekker', 'woningruil', 'mantelzorg-planner'];
const RESIDENTS = ['resident-fatima', 'resident-henk', 'resident-sanne'];
const VENDORS = ['vendor-samensterk', 'vendor-geldfit'];
const REVIEWERS = ['reviewer-jan', 'reviewer-lotte'];

type Doc = { _id: string } & Record<string, unknown>;

interface ConsentHistory {
  /** Every claim set sent, in order (requests for one resident and app are sequential). */
  sent: string[][];
  /** Index in `sent` of the last one answered 2xx, or -1. */
  lastAcked: number;
}

const acked = {
  listings: new Map<string, string>(), // listing id -> vendor persona
  versions: new Map<string, { listingId: string; vendor: string }>(),
  claims: [] as { versionId: string; reviewer: string }[],
  assessments: new Map<string, string>(), // `${versionId} ${reviewer}` -> note
};
const consents = new Map<string, ConsentHistory>(); // `${resident} ${slug}`

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let port: number;
let server: ChildServer | undefined;
let clients: Record<string, ApiClient>;
let criteria: string[];
const claimSets = new Map<string, [string[], string[]]>();
let stored: Record<string, Doc[]>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs until `stop()` is true; a failed request (the kill) ends the worker quietly. */
async function worker(stop: () => boolean, step: () => Promise<void>): Promise<void> {
  while (!stop()) {
    try {
      await step();
    } catch {
      if (stop()) return;
      await sleep(5);
    }
  }
}

/** Concurrent writes until SIGKILL: vendors create and submit, reviewers claim and assess, residents consent. */
async function loadThenKill(target: ChildServer, round: number): Promise<void> {
  let killed = false;
  const stop = () => killed;
  const submitted: { versionId: string; listingId: string }[] = [];
  let notes = 0;

  const vendorWork = (persona: string) => async () => {
    const client = clients[persona] as ApiClient;
    const created = await client.post('/api/v1/vendor/listings', { draft: buildListingDraft() });
    if (created.status !== 201) throw new Error(`create ${created.status}`);
    const { id } = (await created.json()) as { id: string };
    acked.listings.set(id, persona);
    const submission = await client.post(`/api/v1/vendor/listings/${id}/submissions`);
    if (submission.status !== 201) throw new Error(`submit ${submission.status}`);
    const { versionId } = (await submission.json()) as { versionId: string };
    acked.versions.set(versionId, { listingId: id, vendor: persona });
    submitted.push({ versionId, listingId: id });
  };

  const reviewerWork = (persona: string) => {
    let next = 0;
    return async () => {
      const version = submitted[next];
      if (!version) {
        await sleep(5);
        return;
      }
      next += 1;
      const client = clients[persona] as ApiClient;
      const claimed = await client.post(`/api/v1/reviews/${version.versionId}/claim`);
      if (claimed.status !== 200) return; // e.g. not submitted yet in this round's view
      acked.claims.push({ versionId: version.versionId, reviewer: persona });
      notes += 1;
      const note = `round ${round} note ${notes}`;
      const body = { criteria: Object.fromEntries(criteria.map((c) => [c, { verdict: 'pass', note }])) };
      const assessed = await client.put(`/api/v1/reviews/${version.versionId}/assessment`, body);
      if (assessed.status === 200) acked.assessments.set(`${version.versionId} ${persona}`, note);
    };
  };

  // Two workers per resident, each with its own apps, so requests for one consent stay sequential.
  const residentWork = (persona: string, slugs: string[]) => {
    let turn = 0;
    return async () => {
      const slug = slugs[turn % slugs.length] as string;
      const sets = claimSets.get(slug) as [string[], string[]];
      const claims = sets[(turn >> 2) % 2] as string[];
      turn += 1;
      const key = `${persona} ${slug}`;
      const history = consents.get(key) ?? { sent: [], lastAcked: -1 };
      consents.set(key, history);
      history.sent.push(claims);
      const index = history.sent.length - 1;
      const response = await (clients[persona] as ApiClient).put(`/api/v1/me/consents/${slug}`, { claims });
      if (response.status === 200) history.lastAcked = index;
      else if (response.status !== 200) throw new Error(`consent ${response.status}`);
    };
  };

  const workers = [
    ...VENDORS.flatMap((p) => [worker(stop, vendorWork(p)), worker(stop, vendorWork(p))]),
    ...REVIEWERS.map((p) => worker(stop, reviewerWork(p))),
    ...RESIDENTS.flatMap((p) => [
      worker(
        stop,
        residentWork(
          p,
          CONSENT_SLUGS.filter((_, i) => i % 2 === 0),
        ),
      ),
      worker(
        stop,
        residentWork(
          p,
          CONSENT_SLUGS.filter((_, i) => i % 2 === 1),
        ),
      ),
    ]),
  ];
  await sleep(LOAD_MS + Math.random() * 400);
  target.child.kill('SIGKILL');
  const { signal } = await target.exited;
  killed = true;
  expect(signal).toBe('SIGKILL');
  await Promise.all(workers);
}

beforeAll(async () => {
  temp = await makeTempDir('kill-under-load-');
  port = await freePort();
  server = await startChildServer(temp.dir, port);
  const url = server.url;
  clients = {};
  for (const persona of [...VENDORS, ...REVIEWERS, ...RESIDENTS]) {
    clients[persona] = await new ApiClient(url).signIn(persona);
  }
  criteria = ((await (await fetch(`${url}/api/v1/criteria`)).json()) as { id: string }[]).map((c) => c.id);
  for (const slug of CONSENT_SLUGS) {
    const app = (await (await fetch(`${url}/api/v1/apps/${slug}`)).json()) as AppDetail;
    claimSets.set(slug, [
      app.claims.filter((c) => c.required).map((c) => c.claim),
      app.claims.map((c) => c.claim),
    ]);
  }

  for (let round = 1; round <= ROUNDS; round += 1) {
    await loadThenKill(server, round);
    server = await startChildServer(temp.dir, port);
  }
}, 120_000);

afterAll(async () => {
  await killChildServer(server);
  await temp?.remove();
});

describe(`kill -9 under a concurrent write load (${ROUNDS} times)`, () => {
  it('had a real load to lose', () => {
    expect(acked.listings.size).toBeGreaterThan(5);
    expect(acked.versions.size).toBeGreaterThan(5);
    expect(acked.assessments.size).toBeGreaterThan(2);
    expect([...consents.values()].filter((h) => h.lastAcked >= 0).length).toBeGreaterThan(3);
  });

  it('keeps every acknowledged listing, submission and assessment (through the API)', async () => {
    const jan = clients['reviewer-jan'] as ApiClient;
    for (const [id, vendor] of acked.listings) {
      const response = await (clients[vendor] as ApiClient).get(`/api/v1/vendor/listings/${id}`);
      expect(response.status, `acknowledged listing ${id}`).toBe(200);
      const listing = (await response.json()) as { versions: { id: string }[] };
      for (const [versionId, version] of acked.versions) {
        if (version.listingId === id) {
          expect(
            listing.versions.map((v) => v.id),
            `acknowledged submission ${versionId}`,
          ).toContain(versionId);
        }
      }
    }
    for (const versionId of acked.versions.keys()) {
      expect((await jan.get(`/api/v1/reviews/${versionId}`)).status, `review of ${versionId}`).toBe(200);
    }
    for (const [key, note] of acked.assessments) {
      const [versionId, reviewer] = key.split(' ') as [string, string];
      const review = (await (await jan.get(`/api/v1/reviews/${versionId}`)).json()) as {
        assessments: { reviewerId: string; criteria: Record<string, { note: string }> }[];
      };
      const own = review.assessments.find((a) => a.reviewerId === reviewer);
      expect(own?.criteria[criteria[0] as string]?.note, `acknowledged assessment ${key}`).toBe(note);
    }
  }, 30_000);

  it('keeps every acknowledged consent, with the claims last agreed to', async () => {
    for (const resident of RESIDENTS) {
      const response = await (clients[resident] as ApiClient).get('/api/v1/me/consents');
      expect(response.status).toBe(200);
      const given = new Map(
        ((await response.json()) as { slug: string; claims: string[] }[]).map((c) => [c.slug, c.claims]),
      );
      for (const slug of CONSENT_SLUGS) {
        const history = consents.get(`${resident} ${slug}`);
        if (!history || history.lastAcked < 0) continue;
        const claims = given.get(slug);
        expect(claims, `acknowledged consent of ${resident} for ${slug} is gone`).toBeDefined();
        // The last acknowledged claim set, or one sent after it whose answer the kill cut off.
        const allowed = history.sent.slice(history.lastAcked).map((c) => [...c].sort().join(','));
        expect(allowed).toContain([...(claims as string[])].sort().join(','));
      }
    }
  }, 30_000);

  describe('in the store, after a clean stop', () => {
    beforeAll(async () => {
      const running = server as ChildServer;
      running.child.kill('SIGTERM');
      expect((await running.exited).code).toBe(0);
      server = undefined;
      // Opening the store also proves its files load (nedb refuses too many corrupt lines).
      const store = await openEmbeddedStore(temp.dir);
      stored = {};
      for (const name of ['listings', 'versions', 'consents', 'audit']) {
        stored[name] = await (await store.collection<Doc>(name)).find({});
      }
      await store.close();
    }, 30_000);

    it('has every acknowledged claim recorded on its version', () => {
      const versions = new Map((stored.versions ?? []).map((v) => [v._id, v]));
      for (const { versionId, reviewer } of acked.claims) {
        expect(versions.get(versionId)?.reviewers, `claim of ${versionId} by ${reviewer}`).toContain(
          reviewer,
        );
      }
    });

    it('has nothing half-written: every version and consent belongs to a stored listing', () => {
      const listings = new Map((stored.listings ?? []).map((l) => [l._id, l]));
      for (const version of stored.versions ?? []) {
        const listing = listings.get(version.listingId as string);
        expect(listing, `version ${version._id} without its listing`).toBeDefined();
        expect(listing?.organisationId).toBe(version.organisationId);
      }
      for (const consent of stored.consents ?? []) {
        const listing = listings.get(consent.listingId as string);
        expect(listing, `consent ${consent._id} without its listing`).toBeDefined();
        expect(listing?.slug).toBe(consent.slug);
      }
    });

    it('has an audit event for every stored creation and submission (every transition is audited)', async () => {
      const seedIds = new Set((await loadCatalogFiles(CATALOG_DIR)).listings.map((l) => l.id));
      const events = new Set(
        (stored.audit ?? []).map((e) => `${e.action} ${(e.subject as { id: string }).id}`),
      );
      const missing = [
        ...(stored.listings ?? [])
          .filter((l) => !seedIds.has(l._id) && !events.has(`listing.created ${l._id}`))
          .map((l) => `listing.created ${l._id}`),
        ...(stored.versions ?? [])
          .filter((v) => !events.has(`version.submitted ${v._id}`))
          .map((v) => `version.submitted ${v._id}`),
      ];
      expect(missing, 'state changes stored without their audit event').toEqual([]);
    });
  });
});
