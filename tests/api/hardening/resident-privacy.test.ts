import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../../server/audit/audit.repository.ts';
import { ConsentHistorySchema, LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { publishApp } from '../../factories/published-app.ts';
import { type ApiClient, signedIn } from '../../setup/api-client.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from '../launch/oidc-flow.ts';

// Issue 9 item 3: which resident uses which app is theirs alone, staff included.
let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;
const RESIDENT = {
  id: 'resident-fatima',
  words: ['resident-fatima', 'Fatima', 'El Amrani', 'fatima.elamrani', 'Kanaalstraat', '1986-04-12'],
};

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url);
  // A consent event an earlier version wrote into the staff trail, with the resident's name.
  const legacy = await createAuditRepository(server.store);
  await legacy.append(
    {
      id: 'legacy-consent-event',
      at: new Date().toISOString(),
      actor: { id: RESIDENT.id, name: 'Fatima El Amrani' },
      action: 'consent.given',
      subject: { type: 'listing', id: app.id },
      reason: null,
      details: { claims: ['given_name'] },
    },
    [],
  );

  // The resident consents, opens the app (a full OIDC launch), revokes, and consents again.
  const browser = new CookieBrowser(server.url);
  expect((await browser.json('POST', '/api/v1/session/demo', { persona: RESIDENT.id })).status).toBe(200);
  const consent = (claims: string[]) => browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims });
  expect((await consent(['given_name', 'email'])).status).toBe(200);
  const launch = LaunchResponseSchema.parse(
    await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
  );
  const config = await discoverClient(server.url, app.clientId, app.clientSecret);
  const start = await startAuthorization(
    config,
    launch.fields.login_hint,
    'https://testapp.example/callback',
  );
  await redeem(config, await authorize(browser, start), start);
  expect((await browser.json('DELETE', `/api/v1/me/consents/${app.slug}`)).status).toBe(204);
  expect((await consent(['given_name'])).status).toBe(200);
  // The same consent again is not a new event in the history.
  expect((await consent(['given_name'])).status).toBe(200);
  // She also asks Utrecht for an app it does not offer (issue 11): staff see a count, not her.
  expect((await browser.json('PUT', '/api/v1/me/app-requests/cultuurpas')).status).toBe(200);
  residentBrowser = browser;
});
afterAll(() => server.close());
let residentBrowser: CookieBrowser;

/** Every GET a staff member's screens make, with the ids this test knows. */
function staffPaths(): string[] {
  return [
    '/api/v1/audit?pageSize=100',
    `/api/v1/audit?subject=${app.id}&pageSize=100`,
    `/api/v1/audit?subject=${app.versionId}&pageSize=100`,
    '/api/v1/audit?subject=GM0344&pageSize=100',
    `/api/v1/audit?subject=${RESIDENT.id}&pageSize=100`,
    '/api/v1/reviews',
    '/api/v1/reviews?status=approved',
    `/api/v1/reviews/${app.versionId}`,
    '/api/v1/suspensions',
    '/api/v1/municipalities/GM0344/apps',
    '/api/v1/municipalities/GM0344/app-requests',
    '/api/v1/vendor/listings',
    `/api/v1/vendor/listings/${app.id}`,
    `/api/v1/apps/${app.slug}`,
    '/api/v1/apps?pageSize=100',
  ];
}

async function readAll(client: ApiClient): Promise<{ answered: number; text: string }> {
  let answered = 0;
  let text = '';
  for (const path of staffPaths()) {
    const response = await client.get(path);
    if (response.status === 200) answered += 1;
    // The body only: the paths asked hold the resident id on purpose.
    text += `\n${await response.text()}`;
  }
  return { answered, text };
}

describe('resident privacy', () => {
  it.each(['reviewer-jan', 'platform-admin', 'admin-utrecht', 'vendor-samensterk'])(
    'shows %s no resident name or id in any response',
    async (persona) => {
      const { answered, text } = await readAll(await signedIn(server.url, persona));
      expect(answered).toBeGreaterThan(2);
      const leaks = [...RESIDENT.words, 'consent.'].flatMap((word) => {
        const at = text.indexOf(word);
        return at < 0 ? [] : [`${word}: …${text.slice(Math.max(0, at - 160), at + 40)}…`];
      });
      expect(leaks).toEqual([]);
    },
  );

  it('still shows staff the trail of their own work', async () => {
    const reviewer = await signedIn(server.url, 'reviewer-jan');
    const trail = (await (await reviewer.get(`/api/v1/audit?subject=${app.id}`)).json()) as {
      items: { action: string }[];
    };
    expect(trail.items.map((e) => e.action)).toContain('listing.created');
  });

  it("shows the resident their own consents given and revoked in 'Mijn apps'", async () => {
    const response = await residentBrowser.json('GET', '/api/v1/me/consent-history');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const history = ConsentHistorySchema.parse(await response.json()).items;
    expect(history.map((e) => [e.action, e.slug, e.claims])).toEqual([
      ['given', app.slug, ['given_name']],
      ['revoked', app.slug, ['given_name', 'email']],
      ['given', app.slug, ['given_name', 'email']],
    ]);
    expect(history[0]?.name).toBeTruthy();
  });

  it("does not show one resident another's history, nor staff any", async () => {
    const henk = new CookieBrowser(server.url);
    await henk.json('POST', '/api/v1/session/demo', { persona: 'resident-henk' });
    expect(await (await henk.json('GET', '/api/v1/me/consent-history')).json()).toEqual({ items: [] });
    const reviewer = await signedIn(server.url, 'reviewer-jan');
    expect((await reviewer.get('/api/v1/me/consent-history')).status).toBe(403);
  });
});
