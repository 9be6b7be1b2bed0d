import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// Someone who administers two municipalities chooses which one this session acts for; the server
// then uses only that one's memberships for every request (issue 14, decision 027).
let server: TestServer;
let idp: DemoIdpProcess;
let mila: WebBrowser;
beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  server = await startTestServer({
    ...reserved.platformEnv,
    PLATFORM_ADMINS: 'pim.deboer@beheer.example',
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
  });
  idp = await startDemoIdp(server.url, reserved.port);
  const pim = new WebBrowser();
  await signInUpstream(pim, server.url, 'staff', 'staff-pim');
  for (const municipality of ['GM0344', 'GM0363']) {
    const invited = await call(pim, 'POST', '/api/v1/invitations', {
      email: 'mila.verhoef@gemeente.example',
      role: 'municipality-admin',
      municipality,
    });
    expect(invited.status).toBe(201);
  }
  mila = new WebBrowser();
  await signInUpstream(mila, server.url, 'staff', 'staff-mila');
}, 60_000);
afterAll(async () => {
  await idp?.stop();
  await server?.close();
});

function call(browser: WebBrowser, method: string, path: string, body?: unknown) {
  return browser.fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function sessionOf(browser: WebBrowser) {
  return SessionSchema.parse(await (await call(browser, 'GET', '/api/v1/session')).json());
}

const offer = (code: string) => call(mila, 'PUT', `/api/v1/municipalities/${code}/apps/budgetcoach`);

describe('acting for one of several municipalities', () => {
  it('offers both municipalities, by name, and acts for both until one is chosen', async () => {
    const session = await sessionOf(mila);

    expect(session.actingFor).toBeNull();
    expect(session.actingForChoices).toEqual([
      { kind: 'municipality', id: 'GM0344', name: 'Utrecht' },
      { kind: 'municipality', id: 'GM0363', name: 'Amsterdam' },
    ]);
    expect(session.roles.filter((r) => r.role === 'municipality-admin')).toHaveLength(2);
  });

  it('acts for the chosen municipality only, checked by the server at every request', async () => {
    const chosen = await call(mila, 'PUT', '/api/v1/session/acting-for', {
      kind: 'municipality',
      id: 'GM0363',
    });

    expect(chosen.status).toBe(200);
    const session = SessionSchema.parse(await chosen.json());
    expect(session.actingFor).toEqual({ kind: 'municipality', id: 'GM0363', name: 'Amsterdam' });
    expect(session.roles).toEqual([{ role: 'municipality-admin', municipality: 'GM0363' }]);
    expect((await offer('GM0344')).status).toBe(403);
    expect((await offer('GM0363')).status).not.toBe(403);
    // The choice is kept with the session: a later request still acts for Amsterdam.
    expect((await sessionOf(mila)).actingFor?.id).toBe('GM0363');
  });

  it('acts for all again after the choice is cleared', async () => {
    const cleared = await call(mila, 'DELETE', '/api/v1/session/acting-for');

    expect(cleared.status).toBe(204);
    expect((await sessionOf(mila)).actingFor).toBeNull();
    expect((await offer('GM0344')).status).not.toBe(403);
  });

  it('refuses a municipality the person does not administer, and keeps the session as it was', async () => {
    const refused = await call(mila, 'PUT', '/api/v1/session/acting-for', {
      kind: 'municipality',
      id: 'GM0599',
    });

    expect(refused.status).toBe(403);
    expect((await sessionOf(mila)).actingFor).toBeNull();
  });

  it('refuses a malformed choice with 400 naming the field', async () => {
    const refused = await call(mila, 'PUT', '/api/v1/session/acting-for', { kind: 'province', id: 'GM0344' });

    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = await refused.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain('kind');
  });

  it('needs a session', async () => {
    const anonymous = await call(new WebBrowser(), 'PUT', '/api/v1/session/acting-for', {
      kind: 'municipality',
      id: 'GM0344',
    });
    expect(anonymous.status).toBe(401);
  });

  it('has nothing to choose for someone with one municipality: that one is implied', async () => {
    const vera = new WebBrowser();
    const pim = new WebBrowser();
    await signInUpstream(pim, server.url, 'staff', 'staff-pim');
    await call(pim, 'POST', '/api/v1/invitations', {
      email: 'vera.mulder@appmakers.example',
      role: 'municipality-admin',
      municipality: 'GM0599',
    });
    await signInUpstream(vera, server.url, 'staff', 'staff-vera');

    const session = await sessionOf(vera);

    expect(session.actingFor).toEqual({ kind: 'municipality', id: 'GM0599', name: 'Rotterdam' });
    expect(session.actingForChoices).toBeUndefined();
  });
});
