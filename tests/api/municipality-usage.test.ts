import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../shared/schemas/launch.ts';
import { MunicipalityUsageSchema } from '../../shared/schemas/municipality-admin.ts';
import { publishApp } from '../factories/published-app.ts';
import { signedIn } from '../setup/api-client.ts';
import { CookieBrowser } from '../setup/cookie-browser.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';
import { authorize, discoverClient, startAuthorization } from './launch/oidc-flow.ts';

// Issue 11, municipality admin: launches per week per app, as counts only.

let server: TestServer;
let app: Awaited<ReturnType<typeof publishApp>>;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  app = await publishApp(server.url);
});
afterAll(() => server.close());

async function launchAs(persona: string) {
  const browser = new CookieBrowser(server.url);
  expect((await browser.json('POST', '/api/v1/session/demo', { persona })).status).toBe(200);
  await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
  const launch = LaunchResponseSchema.parse(
    await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
  );
  const config = await discoverClient(server.url, app.clientId, app.clientSecret);
  const start = await startAuthorization(
    config,
    launch.fields.login_hint,
    'https://testapp.example/callback',
  );
  await authorize(browser, start);
}

describe('GET /api/v1/municipalities/{code}/usage', () => {
  it("counts the residents' launches of each offered app this week, and nothing about who", async () => {
    await launchAs('resident-fatima');
    await launchAs('resident-henk');
    const admin = await signedIn(server.url, 'admin-utrecht');

    const response = await admin.get('/api/v1/municipalities/GM0344/usage');

    expect(response.status).toBe(200);
    const text = await response.text();
    const usage = MunicipalityUsageSchema.parse(JSON.parse(text));
    expect(usage.weeks).toHaveLength(8);
    const row = usage.apps.find((a) => a.slug === app.slug);
    expect(row?.launches.at(-1)).toBe(2);
    expect(row?.launches.slice(0, -1).every((n) => n === 0)).toBe(true);
    expect(text).not.toMatch(/fatima|henk|resident/i);
  });

  it('is for that municipality’s administrators only', async () => {
    const amsterdam = await signedIn(server.url, 'admin-amsterdam');
    const fatima = await signedIn(server.url, 'resident-fatima');

    await expectProblem(await amsterdam.get('/api/v1/municipalities/GM0344/usage'), 403);
    await expectProblem(await fatima.get('/api/v1/municipalities/GM0344/usage'), 403);
    await expectProblem(await amsterdam.get('/api/v1/municipalities/XX/usage'), 400);
  });
});
