import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListingDraftInput } from '../../shared/schemas/listing.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { buildPerson, signInDirectly } from '../factories/person.ts';
import {
  buildDecision,
  claimVersion,
  createListing,
  liveApp,
  submittedListing,
} from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

/**
 * DESIGN.md "Quality bars": bad input never gives a 5xx; it gets a 4xx problem+json naming every
 * field at once, and nothing stored changes.
 */
const COLLECTIONS = ['listings', 'versions', 'municipalities', 'audit', 'sessions'] as const;

type Doc = { _id: string } & Record<string, unknown>;

/** The stored documents of every collection a write could touch, in a stable order. */
async function storedDocuments(target: TestServer) {
  const entries = await Promise.all(
    COLLECTIONS.map(async (name) => {
      const docs = await (await target.store.collection<Doc>(name)).find({});
      const comparable = docs.map((doc) => {
        if (name !== 'sessions') return doc;
        // Any request may push a session's idle expiry forward (identity.service.ts); that is not a change.
        const { idleExpiresAt: _sliding, ...rest } = doc;
        return rest;
      });
      return [name, comparable.sort((a, b) => a._id.localeCompare(b._id))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Runs `act` and asserts that no stored document was added, changed or removed meanwhile. */
async function expectNothingStored(target: TestServer, act: () => Promise<void>): Promise<void> {
  const before = await storedDocuments(target);
  await act();
  expect(await storedDocuments(target)).toEqual(before);
}

/** Asserts a 400 problem+json whose errors name exactly these fields (in any order; a field may have several). */
async function expectInvalid(response: Response, fields: string[], location = 'body') {
  const problem = await expectProblem(response, 400);
  expect([...new Set(problem.errors?.map((e) => e.field))].sort()).toEqual([...fields].sort());
  expect(problem.errors?.every((e) => e.in === location && e.message.length > 0)).toBe(true);
  return problem;
}

let server: TestServer;
let vendor: ApiClient;
let jan: ApiClient;
let adminUtrecht: ApiClient;
let listingId: string;
let versionId: string;
let slug: string;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  [vendor, jan, adminUtrecht] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'admin-utrecht'),
  ]);
  const lotte = await signedIn(server.url, 'reviewer-lotte');
  ({ slug } = await liveApp(vendor, [jan, lotte], server.services.criteria));
  const inReview = await submittedListing(vendor);
  listingId = inReview.listing.id;
  versionId = inReview.versionId;
  await claimVersion(jan, versionId);
});
afterAll(() => server.close());

/** A valid draft with some fields replaced by raw values the schema must refuse. */
function draftWith(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...buildListingDraft(), ...fields };
}

function launchWith(fields: Partial<ListingDraftInput['launch']>) {
  return { ...buildListingDraft().launch, ...fields };
}

interface BadBody {
  name: string;
  body: unknown;
  fields: string[];
}

interface BodyEndpoint {
  method: 'POST' | 'PUT';
  path: () => string;
  client: () => ApiClient;
  cases: BadBody[];
}

const CRITERION = 'privacy-avg';
const PROTO_SIGN_IN = '{"persona":"resident-henk","__proto__":{"roles":[{"role":"platform-admin"}]}}';

const BODY_ENDPOINTS: Record<string, BodyEndpoint> = {
  'POST /api/v1/session/demo': {
    method: 'POST',
    path: () => '/api/v1/session/demo',
    client: () => new ApiClient(server.url),
    cases: [
      { name: 'a wrong type', body: { persona: 42 }, fields: ['persona'] },
      { name: 'a missing field', body: {}, fields: ['persona'] },
      { name: 'an unknown field', body: { persona: 'resident-henk', admin: true }, fields: ['admin'] },
      { name: 'an operator-shaped value', body: { persona: { $gt: '' } }, fields: ['persona'] },
      { name: 'a __proto__ key', body: PROTO_SIGN_IN, fields: ['__proto__'] },
      {
        name: 'a constructor key',
        body: { persona: 'resident-henk', constructor: { prototype: { admin: true } } },
        fields: ['constructor'],
      },
      { name: 'a huge string', body: { persona: 'x'.repeat(100_000) }, fields: ['persona'] },
      { name: 'an array instead of an object', body: [{ persona: 'resident-henk' }], fields: ['(root)'] },
    ],
  },
  'POST /api/v1/vendor/listings': {
    method: 'POST',
    path: () => '/api/v1/vendor/listings',
    client: () => vendor,
    cases: [
      {
        name: 'wrong types',
        body: { draft: draftWith({ name: 42, categories: 'zorg', claims: {} }) },
        fields: ['draft.name', 'draft.categories', 'draft.claims'],
      },
      { name: 'a missing draft', body: {}, fields: ['draft'] },
      {
        name: 'missing draft fields',
        body: { draft: (({ name: _n, launch: _l, ...rest }) => rest)(buildListingDraft()) },
        fields: ['draft.name', 'draft.launch'],
      },
      {
        name: 'unknown fields, nested ones too',
        body: { draft: draftWith({ launch: { ...launchWith({}), scope: 'openid bsn' } }), status: 'live' },
        fields: ['status', 'draft.launch.scope'],
      },
      {
        name: 'operator-shaped values',
        body: { draft: draftWith({ name: { $ne: null } }), organisationId: { $gt: '' } },
        fields: ['draft.name', 'organisationId'],
      },
      {
        name: 'a __proto__ key in the draft',
        body: `{"draft":${JSON.stringify(buildListingDraft()).replace(/^\{/, '{"__proto__":{"status":"live"},')}}`,
        fields: ['draft.__proto__'],
      },
      {
        name: 'a __proto__ key deep in the draft',
        body: `{"draft":${JSON.stringify(buildListingDraft()).replace('"launch":{', '"launch":{"__proto__":{"redirectUris":[]},')}}`,
        fields: ['draft.launch.__proto__'],
      },
      {
        name: 'a constructor key in the draft',
        body: { draft: draftWith({ constructor: { prototype: { status: 'live' } } }) },
        fields: ['draft.constructor'],
      },
      {
        name: 'huge strings',
        body: {
          draft: draftWith({ name: 'x'.repeat(10_000), description: { nl: 'x'.repeat(5000), en: 'Fine.' } }),
        },
        fields: ['draft.name', 'draft.description.nl'],
      },
      {
        name: 'invalid URLs',
        body: {
          draft: draftWith({
            website: 'javascript:alert(1)',
            privacyStatementUrl: 'http://testapp.example/privacy',
            launch: launchWith({
              initiateLoginUri: 'http://testapp.example/launch',
              redirectUris: ['https://user:secret@testapp.example/callback', 'https://testapp.example/cb#x'],
            }),
          }),
        },
        fields: [
          'draft.website',
          'draft.privacyStatementUrl',
          'draft.launch.initiateLoginUri',
          'draft.launch.redirectUris.0',
          'draft.launch.redirectUris.1',
        ],
      },
      {
        name: 'a claim outside the catalogue (the BSN is never a claim)',
        body: {
          draft: draftWith({
            claims: [{ claim: 'bsn', reason: { nl: 'Nodig.', en: 'Needed.' }, required: true }],
          }),
        },
        fields: ['draft.claims.0.claim'],
      },
    ],
  },
  'PUT /api/v1/vendor/listings/{id}/draft': {
    method: 'PUT',
    path: () => `/api/v1/vendor/listings/${listingId}/draft`,
    client: () => vendor,
    cases: [
      { name: 'a wrong type', body: { draft: 'Mijn app' }, fields: ['draft'] },
      { name: 'a missing draft', body: {}, fields: ['draft'] },
      { name: 'an unknown field', body: { draft: buildListingDraft(), revision: 0 }, fields: ['revision'] },
      {
        name: 'an operator-shaped claim',
        body: {
          draft: draftWith({
            claims: [{ claim: { $in: ['email'] }, reason: { nl: 'Nodig.', en: 'Needed.' }, required: true }],
          }),
        },
        fields: ['draft.claims.0.claim'],
      },
      {
        name: 'a __proto__ key',
        body: `{"__proto__":{"organisationId":"org-geldfit"},"draft":${JSON.stringify(buildListingDraft())}}`,
        fields: ['__proto__'],
      },
      {
        name: 'a huge tagline',
        body: { draft: draftWith({ tagline: { nl: 'x'.repeat(100_000), en: 'Fine.' } }) },
        fields: ['draft.tagline.nl'],
      },
    ],
  },
  'PUT /api/v1/reviews/{versionId}/assessment': {
    method: 'PUT',
    path: () => `/api/v1/reviews/${versionId}/assessment`,
    client: () => jan,
    cases: [
      { name: 'a wrong type', body: { criteria: [] }, fields: ['criteria'] },
      {
        name: 'a wrong verdict type',
        body: { criteria: { [CRITERION]: { verdict: true, note: '' } } },
        fields: [`criteria.${CRITERION}.verdict`],
      },
      { name: 'missing criteria', body: {}, fields: ['criteria'] },
      {
        name: 'a missing verdict',
        body: { criteria: { [CRITERION]: { note: 'Goed.' } } },
        fields: [`criteria.${CRITERION}.verdict`],
      },
      {
        name: 'unknown fields',
        body: { criteria: { [CRITERION]: { verdict: 'pass', note: '', score: 5 } }, final: true },
        fields: ['final', `criteria.${CRITERION}.score`],
      },
      {
        name: 'an operator-shaped verdict',
        body: { criteria: { [CRITERION]: { verdict: { $ne: 'fail' }, note: '' } } },
        fields: [`criteria.${CRITERION}.verdict`],
      },
      {
        name: 'an operator-shaped criterion id',
        body: { criteria: { $where: { verdict: 'pass', note: '' } } },
        fields: ['criteria.$where'],
      },
      {
        name: 'a __proto__ criterion id',
        body: '{"criteria":{"__proto__":{"verdict":"pass","note":""}}}',
        fields: ['criteria.__proto__'],
      },
      {
        name: 'a constructor criterion id',
        body: { criteria: { constructor: { verdict: 'pass', note: '' } } },
        fields: ['criteria.constructor'],
      },
      {
        name: 'a prototype criterion id',
        body: { criteria: { prototype: { verdict: 'pass', note: '' } } },
        fields: ['criteria.prototype'],
      },
      {
        name: 'a huge note',
        body: { criteria: { [CRITERION]: { verdict: 'fail', note: 'x'.repeat(3000) } } },
        fields: [`criteria.${CRITERION}.note`],
      },
    ],
  },
  'POST /api/v1/reviews/{versionId}/decisions': {
    method: 'POST',
    path: () => `/api/v1/reviews/${versionId}/decisions`,
    client: () => jan,
    cases: [
      {
        name: 'wrong types',
        body: { decision: 1, comment: 5, revision: '3' },
        fields: ['decision', 'comment', 'revision'],
      },
      {
        name: 'a negative revision',
        body: { ...buildDecision({ decision: 'reject' }), revision: -1 },
        fields: ['revision'],
      },
      { name: 'a missing decision', body: {}, fields: ['decision'] },
      { name: 'an unknown decision', body: { decision: 'approve ' }, fields: ['decision'] },
      {
        name: 'an unknown field',
        body: { ...buildDecision({ decision: 'reject' }), reviewerId: 'reviewer-lotte' },
        fields: ['reviewerId'],
      },
      { name: 'an operator-shaped decision', body: { decision: { $in: ['approve'] } }, fields: ['decision'] },
      {
        name: 'a __proto__ key',
        body: '{"decision":"reject","comment":"Onvoldoende.","__proto__":{"approvals":["reviewer-lotte"]}}',
        fields: ['__proto__'],
      },
      {
        name: 'a huge comment',
        body: buildDecision({ decision: 'reject', comment: 'x'.repeat(5000) }),
        fields: ['comment'],
      },
    ],
  },
  'POST /api/v1/apps/{slug}/suspension': {
    method: 'POST',
    path: () => `/api/v1/apps/${slug}/suspension`,
    client: () => jan,
    cases: [
      { name: 'a wrong type', body: { reason: 5 }, fields: ['reason'] },
      { name: 'a missing reason', body: {}, fields: ['reason'] },
      { name: 'a too short reason', body: { reason: 'ab' }, fields: ['reason'] },
      { name: 'an unknown field', body: { reason: 'Datalek.', until: '2030-01-01' }, fields: ['until'] },
      { name: 'an operator-shaped reason', body: { reason: { $ne: null } }, fields: ['reason'] },
      {
        name: 'a __proto__ key',
        body: '{"reason":"Datalek.","__proto__":{"status":"live"}}',
        fields: ['__proto__'],
      },
      { name: 'a huge reason', body: { reason: 'x'.repeat(3000) }, fields: ['reason'] },
    ],
  },
};

type NoBodyOperation = [label: string, method: string, path: () => string, client: () => ApiClient];

const NO_BODY_OPERATIONS: NoBodyOperation[] = [
  ['DELETE /api/v1/session', 'DELETE', () => '/api/v1/session', () => vendor],
  [
    'POST /api/v1/vendor/listings/{id}/submissions',
    'POST',
    () => `/api/v1/vendor/listings/${listingId}/submissions`,
    () => vendor,
  ],
  [
    'POST /api/v1/vendor/listings/{id}/withdrawal',
    'POST',
    () => `/api/v1/vendor/listings/${listingId}/withdrawal`,
    () => vendor,
  ],
  [
    'POST /api/v1/vendor/listings/{id}/client-secrets',
    'POST',
    () => `/api/v1/vendor/listings/${listingId}/client-secrets`,
    () => vendor,
  ],
  ['POST /api/v1/reviews/{versionId}/claim', 'POST', () => `/api/v1/reviews/${versionId}/claim`, () => jan],
  ['DELETE /api/v1/apps/{slug}/suspension', 'DELETE', () => `/api/v1/apps/${slug}/suspension`, () => jan],
  [
    'PUT /api/v1/municipalities/{code}/apps/{slug}',
    'PUT',
    () => `/api/v1/municipalities/GM0344/apps/${slug}`,
    () => adminUtrecht,
  ],
  [
    'DELETE /api/v1/municipalities/{code}/apps/{slug}',
    'DELETE',
    () => `/api/v1/municipalities/GM0344/apps/${slug}`,
    () => adminUtrecht,
  ],
];

const BODY_CASES = Object.entries(BODY_ENDPOINTS).flatMap(([endpoint, spec]) =>
  spec.cases.map((c) => [`${endpoint} refuses ${c.name}`, spec, c] as const),
);

describe('bad input', () => {
  describe('request bodies', () => {
    it.each(BODY_CASES)('%s, naming the fields, and stores nothing', async (_name, spec, bad) => {
      await expectNothingStored(server, async () => {
        const response = await spec.client().request(spec.method, spec.path(), bad.body);

        await expectInvalid(response, bad.fields);
      });
    });

    const endpoints = Object.entries(BODY_ENDPOINTS);

    it.each(endpoints)('%s answers 400 to malformed JSON and stores nothing', async (_endpoint, spec) => {
      await expectNothingStored(server, async () => {
        const response = await spec.client().request(spec.method, spec.path(), '{"draft": {"name": "x"');

        const problem = await expectProblem(response, 400);
        expect(problem.title).toBe('Malformed JSON');
      });
    });

    it.each(endpoints)('%s answers 415 to a text/plain body and stores nothing', async (_endpoint, spec) => {
      await expectNothingStored(server, async () => {
        const response = await spec.client().request(spec.method, spec.path(), 'reason=x', {
          'content-type': 'text/plain',
        });

        await expectProblem(response, 415);
      });
    });

    it.each(endpoints)('%s answers 413 to a body over 1 MB and stores nothing', async (_endpoint, spec) => {
      await expectNothingStored(server, async () => {
        const response = await spec
          .client()
          .request(spec.method, spec.path(), { padding: 'x'.repeat(1_100_000) });

        await expectProblem(response, 413);
      });
    });

    it.each(NO_BODY_OPERATIONS)(
      '%s refuses a body, as it takes none',
      async (_label, method, path, client) => {
        await expectNothingStored(server, async () => {
          const response = await client().request(method, path(), { clientSecret: 'my-own', offered: true });

          await expectInvalid(response, ['(root)']);
        });
      },
    );
  });

  describe('path parameters', () => {
    const MALFORMED_IDS = [
      ['too long', 'x'.repeat(65)],
      ['with a space', 'bad%20id'],
      ['operator-shaped', encodeURIComponent('{"$gt":""}')],
      ['an encoded path', '..%2F..%2Fsessions'],
      ['with a dot', 'lst.1'],
    ] as const;

    it.each(MALFORMED_IDS)('refuses a listing id %s with 400 naming `id`', async (_kind, id) => {
      await expectNothingStored(server, async () => {
        await expectInvalid(await vendor.get(`/api/v1/vendor/listings/${id}`), ['id'], 'path');
        await expectInvalid(await vendor.post(`/api/v1/vendor/listings/${id}/submissions`), ['id'], 'path');
        await expectInvalid(await vendor.post(`/api/v1/vendor/listings/${id}/withdrawal`), ['id'], 'path');
        await expectInvalid(
          await vendor.post(`/api/v1/vendor/listings/${id}/client-secrets`),
          ['id'],
          'path',
        );
      });
    });

    it.each(MALFORMED_IDS)('refuses a version id %s with 400 naming `versionId`', async (_kind, id) => {
      await expectNothingStored(server, async () => {
        await expectInvalid(await jan.get(`/api/v1/reviews/${id}`), ['versionId'], 'path');
        await expectInvalid(await jan.post(`/api/v1/reviews/${id}/claim`), ['versionId'], 'path');
        await expectInvalid(
          await jan.post(`/api/v1/reviews/${id}/decisions`, buildDecision({ decision: 'reject' })),
          ['versionId'],
          'path',
        );
      });
    });

    it.each([
      'Not_A_Slug',
      'x'.repeat(61),
      '-leading-hyphen',
      'double--hyphen',
      encodeURIComponent('{"$ne":null}'),
    ])('refuses the app slug %s with 400 naming `slug`', async (badSlug) => {
      await expectNothingStored(server, async () => {
        await expectInvalid(
          await jan.post(`/api/v1/apps/${badSlug}/suspension`, { reason: 'Datalek.' }),
          ['slug'],
          'path',
        );
        await expectInvalid(await jan.delete(`/api/v1/apps/${badSlug}/suspension`), ['slug'], 'path');
      });
    });

    it('lists both a malformed municipality code and a malformed slug', async () => {
      await expectNothingStored(server, async () => {
        await expectInvalid(
          await adminUtrecht.put('/api/v1/municipalities/GM34/apps/Bad_Slug'),
          ['code', 'slug'],
          'path',
        );
        await expectInvalid(
          await adminUtrecht.delete('/api/v1/municipalities/gm0344/apps/Bad_Slug'),
          ['code', 'slug'],
          'path',
        );
      });
    });

    it('reports path and body errors together', async () => {
      await expectNothingStored(server, async () => {
        const response = await vendor.put('/api/v1/vendor/listings/bad%20id/draft', {
          draft: draftWith({ name: '' }),
        });

        const problem = await expectProblem(response, 400);
        expect(problem.errors?.map((e) => `${e.in}:${e.field}`).sort()).toEqual([
          'body:draft.name',
          'path:id',
        ]);
      });
    });
  });

  describe('query parameters', () => {
    it('refuses an unknown review status and unknown query keys', async () => {
      await expectInvalid(await jan.get('/api/v1/reviews?status=published'), ['status'], 'query');
      await expectInvalid(await jan.get('/api/v1/reviews?status[$ne]=approved'), ['status[$ne]'], 'query');
    });

    it('refuses malformed audit queries, naming each field', async () => {
      await expectInvalid(
        await jan.get(`/api/v1/audit?subject=${encodeURIComponent('{"$gt":""}')}&page=0&pageSize=1000`),
        ['subject', 'page', 'pageSize'],
        'query',
      );
    });
  });
});

describe('bad input: launch URLs with demo sign-in off', () => {
  let production: TestServer;
  let productionVendor: ApiClient;

  beforeAll(async () => {
    // With demo sign-in off the key that encrypts signing keys at rest is required.
    production = await startTestServer({
      DEMO_SIGN_IN: 'off',
      KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    productionVendor = await signInDirectly(
      production,
      buildPerson([{ role: 'vendor', organisationId: 'org-samensterk' }]),
    );
  });
  afterAll(() => production.close());

  it.each(['http://localhost:8090/launch', 'http://127.0.0.1:8090/launch'])(
    'refuses the loopback launch URL %s with 400 naming draft.launch.initiateLoginUri',
    async (uri) => {
      const draft = buildListingDraft({ launch: launchWith({ initiateLoginUri: uri }) });

      await expectNothingStored(production, async () => {
        const response = await productionVendor.post('/api/v1/vendor/listings', { draft });

        await expectInvalid(response, ['draft.launch.initiateLoginUri']);
      });
    },
  );

  it('names every loopback URL at once', async () => {
    const draft = buildListingDraft({
      launch: launchWith({
        initiateLoginUri: 'http://localhost:8090/launch',
        redirectUris: ['https://testapp.example/callback', 'http://[::1]:8090/callback'],
      }),
    });

    await expectNothingStored(production, async () => {
      const response = await productionVendor.post('/api/v1/vendor/listings', { draft });

      await expectInvalid(response, ['draft.launch.initiateLoginUri', 'draft.launch.redirectUris.1']);
    });
  });

  it('refuses a loopback launch URL in a draft update and keeps the draft', async () => {
    const listing = await createListing(productionVendor);
    const draft = buildListingDraft({
      launch: launchWith({ initiateLoginUri: 'http://localhost:8090/launch' }),
    });

    await expectNothingStored(production, async () => {
      const response = await productionVendor.put(`/api/v1/vendor/listings/${listing.id}/draft`, { draft });

      await expectInvalid(response, ['draft.launch.initiateLoginUri']);
    });
  });

  it('accepts https launch URLs', async () => {
    const response = await productionVendor.post('/api/v1/vendor/listings', { draft: buildListingDraft() });

    expect(response.status).toBe(201);
  });

  it('accepts loopback launch URLs while demo sign-in is on (the default server)', async () => {
    const draft = buildListingDraft({
      launch: launchWith({ initiateLoginUri: 'http://localhost:8090/launch' }),
    });

    const response = await vendor.post('/api/v1/vendor/listings', { draft });

    expect(response.status).toBe(201);
  });
});
