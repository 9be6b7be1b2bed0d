import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { buildListingDraft } from '../../factories/listing-draft.ts';
import { publishApp } from '../../factories/published-app.ts';
import { signedIn } from '../../setup/api-client.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
});
afterAll(() => server.close());

async function launchAsResident(slug: string) {
  const browser = new CookieBrowser(server.url);
  expect((await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' })).status).toBe(
    200,
  );
  expect((await browser.json('PUT', `/api/v1/me/consents/${slug}`, { claims: ['given_name'] })).status).toBe(
    200,
  );
  const launch = await browser.json('POST', `/api/v1/apps/${slug}/launches`);
  expect(launch.status).toBe(201);
  return LaunchResponseSchema.parse(await launch.json());
}

const launchWith = (launch: Record<string, unknown>) =>
  ({
    initiateLoginUri: 'https://testapp.example/launch',
    redirectUris: ['https://testapp.example/callback'],
    ...launch,
  }) as never;

describe('launch registration: how the login start is called (issue 15)', () => {
  it('answers GET for an app that registered no method: the default stock RPs accept', async () => {
    const app = await publishApp(server.url, { draft: { launch: launchWith({}) } });

    const launch = await launchAsResident(app.slug);

    expect(launch.method).toBe('GET');
    expect(launch.action).toBe('https://testapp.example/launch');
  });

  it('answers POST for an app whose reviewed registration says POST', async () => {
    const app = await publishApp(server.url, {
      draft: { launch: launchWith({ initiateLoginMethod: 'POST' }) },
    });

    const launch = await launchAsResident(app.slug);

    expect(launch.method).toBe('POST');
  });

  it('keeps the method with the draft a vendor saves and reads back', async () => {
    const vendor = await signedIn(server.url, 'vendor-samensterk');
    const draft = buildListingDraft({ launch: launchWith({ initiateLoginMethod: 'POST' }) });

    const created = await vendor.post('/api/v1/vendor/listings', { draft });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = (await (await vendor.get(`/api/v1/vendor/listings/${id}`)).json()) as {
      draft: { launch: { initiateLoginMethod: string } };
    };

    expect(read.draft.launch.initiateLoginMethod).toBe('POST');
  });

  it.each(['get', 'PUT', 'form_post', ''])(
    'refuses the method %j with 400 naming draft.launch.initiateLoginMethod, storing nothing',
    async (method) => {
      const vendor = await signedIn(server.url, 'vendor-samensterk');
      const before = (await (await vendor.get('/api/v1/vendor/listings')).json()) as unknown[];
      const valid = buildListingDraft();
      const draft = { ...valid, launch: { ...valid.launch, initiateLoginMethod: method } };

      const problem = await expectProblem(await vendor.post('/api/v1/vendor/listings', { draft }), 400);

      expect(JSON.stringify(problem)).toContain('draft.launch.initiateLoginMethod');
      const after = (await (await vendor.get('/api/v1/vendor/listings')).json()) as unknown[];
      expect(after).toHaveLength(before.length);
    },
  );
});
