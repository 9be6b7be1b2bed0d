import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildListingDraft } from '../factories/listing-draft.ts';
import {
  buildAssessment,
  buildDecision,
  claimVersion,
  createListing,
  expectStatus,
  liveApp,
  submittedListing,
} from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

/**
 * Who may do what, over the real API. "This organisation" is org-samensterk, which owns the
 * listing acted on; "this municipality" is Utrecht (GM0344). Every cell is one test, run against
 * its own freshly arranged listing, version or app.
 */
const ACTORS = [
  'signed out',
  'resident',
  'vendor of this organisation',
  'vendor of another organisation',
  'reviewer',
  'municipality admin of this municipality',
  'municipality admin of another municipality',
  'platform admin',
] as const;
type Actor = (typeof ACTORS)[number];

const PERSONAS: Record<Actor, string | null> = {
  'signed out': null,
  resident: 'resident-fatima',
  'vendor of this organisation': 'vendor-samensterk',
  'vendor of another organisation': 'vendor-geldfit',
  reviewer: 'reviewer-jan',
  'municipality admin of this municipality': 'admin-utrecht',
  'municipality admin of another municipality': 'admin-amsterdam',
  'platform admin': 'platform-admin',
};

/** What each action needs to exist first. */
type Arrangement = 'nothing' | 'draft' | 'submitted' | 'claimed' | 'live' | 'suspended' | 'offered';

interface Arranged {
  listingId: string;
  versionId: string;
  slug: string;
}

interface ActionSpec {
  arrange: Arrangement;
  request: (a: Arranged) => { method: string; path: string; body?: unknown };
}

const ACTIONS = {
  'GET /vendor/listings': {
    arrange: 'nothing',
    request: () => ({ method: 'GET', path: '/vendor/listings' }),
  },
  'POST /vendor/listings': {
    arrange: 'nothing',
    request: () => ({ method: 'POST', path: '/vendor/listings', body: { draft: buildListingDraft() } }),
  },
  'GET /vendor/listings/{id}': {
    arrange: 'draft',
    request: (a) => ({ method: 'GET', path: `/vendor/listings/${a.listingId}` }),
  },
  'PUT /vendor/listings/{id}/draft': {
    arrange: 'draft',
    request: (a) => ({
      method: 'PUT',
      path: `/vendor/listings/${a.listingId}/draft`,
      body: { draft: buildListingDraft() },
    }),
  },
  'POST /vendor/listings/{id}/submissions': {
    arrange: 'draft',
    request: (a) => ({ method: 'POST', path: `/vendor/listings/${a.listingId}/submissions` }),
  },
  'POST /vendor/listings/{id}/withdrawal': {
    arrange: 'live',
    request: (a) => ({ method: 'POST', path: `/vendor/listings/${a.listingId}/withdrawal` }),
  },
  'POST /vendor/listings/{id}/client-secrets': {
    arrange: 'draft',
    request: (a) => ({ method: 'POST', path: `/vendor/listings/${a.listingId}/client-secrets` }),
  },
  'GET /reviews': {
    arrange: 'submitted',
    request: () => ({ method: 'GET', path: '/reviews' }),
  },
  'GET /reviews/{versionId}': {
    arrange: 'submitted',
    request: (a) => ({ method: 'GET', path: `/reviews/${a.versionId}` }),
  },
  'POST /reviews/{versionId}/claim': {
    arrange: 'submitted',
    request: (a) => ({ method: 'POST', path: `/reviews/${a.versionId}/claim` }),
  },
  'PUT /reviews/{versionId}/assessment': {
    arrange: 'claimed',
    request: (a) => ({
      method: 'PUT',
      path: `/reviews/${a.versionId}/assessment`,
      body: buildAssessment(criteria),
    }),
  },
  'POST /reviews/{versionId}/decisions': {
    arrange: 'claimed',
    request: (a) => ({
      method: 'POST',
      path: `/reviews/${a.versionId}/decisions`,
      body: buildDecision({ decision: 'request_changes' }),
    }),
  },
  'GET /suspensions': {
    arrange: 'suspended',
    request: () => ({ method: 'GET', path: '/suspensions' }),
  },
  'POST /apps/{slug}/suspension': {
    arrange: 'live',
    request: (a) => ({
      method: 'POST',
      path: `/apps/${a.slug}/suspension`,
      body: { reason: 'Datalek gemeld.' },
    }),
  },
  'DELETE /apps/{slug}/suspension': {
    arrange: 'suspended',
    request: (a) => ({ method: 'DELETE', path: `/apps/${a.slug}/suspension` }),
  },
  'POST /apps/{slug}/reinstatements': {
    arrange: 'suspended',
    request: (a) => ({
      method: 'POST',
      path: `/apps/${a.slug}/reinstatements`,
      body: { reason: 'De aanbieder heeft het lek gedicht.' },
    }),
  },
  'GET /review-decisions': {
    arrange: 'nothing',
    request: () => ({ method: 'GET', path: '/review-decisions' }),
  },
  'PUT /municipalities/GM0344/apps/{slug}': {
    arrange: 'live',
    request: (a) => ({ method: 'PUT', path: `/municipalities/GM0344/apps/${a.slug}` }),
  },
  'DELETE /municipalities/GM0344/apps/{slug}': {
    arrange: 'offered',
    request: (a) => ({ method: 'DELETE', path: `/municipalities/GM0344/apps/${a.slug}` }),
  },
  'GET /audit?subject={listingId}': {
    arrange: 'draft',
    request: (a) => ({ method: 'GET', path: `/audit?subject=${a.listingId}` }),
  },
  'GET /audit?subject=GM0344': {
    arrange: 'offered',
    request: () => ({ method: 'GET', path: '/audit?subject=GM0344' }),
  },
  'GET /audit': {
    arrange: 'nothing',
    request: () => ({ method: 'GET', path: '/audit' }),
  },
} satisfies Record<string, ActionSpec>;
type Action = keyof typeof ACTIONS;

type Row = [Action, number, number, number, number, number, number, number, number];

// biome-ignore format: the matrix is a table; one column per actor in the order of ACTORS.
const MATRIX: Row[] = [
  //                                             signed  resi-  vendor vendor review- admin  admin  platform
  //                                             out     dent   this   other  er      this   other  admin
  ['GET /vendor/listings',                       401,    403,   200,   200,   403,    403,   403,   403],
  ['POST /vendor/listings',                      401,    403,   201,   201,   403,    403,   403,   403],
  ['GET /vendor/listings/{id}',                  401,    403,   200,   404,   403,    403,   403,   403],
  ['PUT /vendor/listings/{id}/draft',            401,    403,   200,   404,   403,    403,   403,   403],
  ['POST /vendor/listings/{id}/submissions',     401,    403,   201,   404,   403,    403,   403,   403],
  ['POST /vendor/listings/{id}/withdrawal',      401,    403,   200,   404,   403,    403,   403,   403],
  ['POST /vendor/listings/{id}/client-secrets',  401,    403,   201,   404,   403,    403,   403,   403],
  ['GET /reviews',                               401,    403,   403,   403,   200,    403,   403,   403],
  ['GET /reviews/{versionId}',                   401,    403,   403,   403,   200,    403,   403,   403],
  ['POST /reviews/{versionId}/claim',            401,    403,   403,   403,   200,    403,   403,   403],
  ['PUT /reviews/{versionId}/assessment',        401,    403,   403,   403,   200,    403,   403,   403],
  ['POST /reviews/{versionId}/decisions',        401,    403,   403,   403,   200,    403,   403,   403],
  ['GET /suspensions',                           401,    403,   403,   403,   200,    403,   403,   200],
  ['POST /apps/{slug}/suspension',               401,    403,   403,   403,   204,    403,   403,   204],
  ['DELETE /apps/{slug}/suspension',             401,    403,   403,   403,   204,    403,   403,   204],
  ['POST /apps/{slug}/reinstatements',           401,    403,   403,   403,   204,    403,   403,   204],
  ['GET /review-decisions',                      401,    403,   403,   403,   200,    403,   403,   200],
  ['PUT /municipalities/GM0344/apps/{slug}',     401,    403,   403,   403,   403,    204,   403,   403],
  ['DELETE /municipalities/GM0344/apps/{slug}',  401,    403,   403,   403,   403,    204,   403,   403],
  ['GET /audit?subject={listingId}',             401,    403,   403,   403,   200,    403,   403,   200],
  ['GET /audit?subject=GM0344',                  401,    403,   403,   403,   200,    200,   403,   200],
  ['GET /audit',                                 401,    403,   403,   403,   200,    200,   200,   200],
];

const CELLS = MATRIX.flatMap(([action, ...statuses]) =>
  ACTORS.map((actor, i) => {
    const status = statuses[i] as number;
    return { name: `${actor} gets ${status} on ${action}`, actor, action, status };
  }),
);

let server: TestServer;
let clients: Record<Actor, ApiClient>;
let lotte: ApiClient;
let criteria: TestServer['services']['criteria'];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  const entries = await Promise.all(
    ACTORS.map(async (actor): Promise<[Actor, ApiClient]> => {
      const persona = PERSONAS[actor];
      return [actor, persona ? await signedIn(server.url, persona) : new ApiClient(server.url)];
    }),
  );
  clients = Object.fromEntries(entries) as Record<Actor, ApiClient>;
  lotte = await signedIn(server.url, 'reviewer-lotte');
});
afterAll(() => server.close());

/** Creates what the action acts on: always of org-samensterk, claimed (if at all) by the reviewer column. */
async function arrange(kind: Arrangement): Promise<Arranged> {
  const vendor = clients['vendor of this organisation'];
  const reviewer = clients.reviewer;
  const none = { listingId: '', versionId: '', slug: '' };
  switch (kind) {
    case 'nothing':
      return none;
    case 'draft': {
      const listing = await createListing(vendor);
      return { ...none, listingId: listing.id, slug: listing.slug };
    }
    case 'submitted':
    case 'claimed': {
      const { listing, versionId } = await submittedListing(vendor);
      if (kind === 'claimed') await claimVersion(reviewer, versionId);
      return { listingId: listing.id, versionId, slug: listing.slug };
    }
    case 'live':
    case 'suspended':
    case 'offered': {
      const { listing, versionId, slug } = await liveApp(vendor, [reviewer, lotte], criteria);
      if (kind === 'suspended') {
        await expectStatus(
          await reviewer.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Klacht.' }),
          204,
        );
      }
      if (kind === 'offered') {
        const admin = clients['municipality admin of this municipality'];
        await expectStatus(await admin.put(`/api/v1/municipalities/GM0344/apps/${slug}`), 204);
      }
      return { listingId: listing.id, versionId, slug };
    }
  }
}

/** Everything a refused request must leave alone. */
async function storedState() {
  const names = ['listings', 'versions', 'municipalities', 'audit'];
  return Promise.all(names.map(async (name) => (await server.store.collection(name)).find({})));
}

describe('authorisation matrix', () => {
  it('covers every actor for every action', () => {
    expect(CELLS).toHaveLength(MATRIX.length * ACTORS.length);
    expect(new Set(MATRIX.map(([action]) => action))).toEqual(new Set(Object.keys(ACTIONS)));
  });

  it.each(CELLS.map((cell) => [cell.name, cell] as const))('%s', async (_name, { actor, action, status }) => {
    const spec: ActionSpec = ACTIONS[action];
    const arranged = await arrange(spec.arrange);
    const { method, path, body } = spec.request(arranged);
    const before = status >= 400 ? await storedState() : undefined;

    const response = await clients[actor].request(method, `/api/v1${path}`, body);

    if (status >= 400) {
      await expectProblem(response, status);
      expect(await storedState()).toEqual(before);
    } else {
      expect(response.status, await response.clone().text()).toBe(status);
    }
  });
});

describe('authorisation beyond the matrix', () => {
  it("does not list another organisation's listings to a vendor", async () => {
    const listing = await createListing(clients['vendor of this organisation']);

    const response = await clients['vendor of another organisation'].get('/api/v1/vendor/listings');

    const ids = ((await response.json()) as { id: string }[]).map((l) => l.id);
    expect(ids).not.toContain(listing.id);
  });

  it('refuses to create a listing for another organisation, naming organisationId', async () => {
    const before = await storedState();

    const response = await clients['vendor of another organisation'].post('/api/v1/vendor/listings', {
      draft: buildListingDraft(),
      organisationId: 'org-samensterk',
    });

    const problem = await expectProblem(response, 400);
    expect(problem.errors?.map((e) => e.field)).toEqual(['organisationId']);
    expect(await storedState()).toEqual(before);
  });

  it('shows a municipality admin only the audit events of their own municipality', async () => {
    const { slug } = await arrange('offered');
    const amsterdam = clients['municipality admin of another municipality'];
    await expectStatus(await amsterdam.put(`/api/v1/municipalities/GM0363/apps/${slug}`), 204);

    const response = await amsterdam.get('/api/v1/audit?pageSize=100');

    const page = (await response.json()) as { items: { subject: { id: string } }[] };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.subject.id === 'GM0363')).toBe(true);
  });
});
