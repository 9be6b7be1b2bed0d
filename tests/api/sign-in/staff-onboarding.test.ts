import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../../shared/schemas/session.ts';
import { type DemoIdpProcess, reserveDemoIdp, startDemoIdp } from '../../setup/demo-idp.ts';
import { expectProblem } from '../../setup/problem.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { signInUpstream } from '../../setup/upstream-sign-in.ts';
import { WebBrowser } from '../../setup/web-browser.ts';

// A fresh production install (demo sign-in off) bootstrapped through the staff connection:
// roles only by PLATFORM_ADMINS and invitations to verified addresses (docs/decisions/022).
const PIM = 'pim.deboer@beheer.example';
let server: TestServer;
let idp: DemoIdpProcess;
beforeAll(async () => {
  const reserved = await reserveDemoIdp();
  server = await startTestServer({
    ...reserved.platformEnv,
    NODE_ENV: 'production',
    KEY_ENCRYPTION_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    PLATFORM_ADMINS: ` ${PIM.toUpperCase()} , someone@else.example`,
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
  });
  idp = await startDemoIdp(server.url, reserved.port);
}, 60_000);
afterAll(async () => {
  await idp?.stop();
  await server?.close();
});

class Staff {
  constructor(readonly browser: WebBrowser) {}
  request(method: string, path: string, body?: unknown) {
    return this.browser.fetch(`${server.url}/api/v1${path}`, {
      method,
      headers:
        body === undefined
          ? { origin: server.url }
          : { origin: server.url, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
  async session() {
    return SessionSchema.parse(await (await this.request('GET', '/session')).json());
  }
}

async function signIn(account: string) {
  const browser = new WebBrowser();
  const { response } = await signInUpstream(browser, server.url, 'staff', account, { returnTo: '/beheer' });
  return { staff: new Staff(browser), response };
}

async function counts() {
  const count = async (name: string) => (await server.store.collection(name)).count({});
  return {
    users: await count('users'),
    sessions: await count('sessions'),
    memberships: await count('memberships'),
  };
}

async function auditActions(): Promise<string[]> {
  const events = await (
    await server.store.collection<{ _id: string; event?: { action: string } }>('audit')
  ).find({});
  return events.map(
    (e) => (e as unknown as { action?: string; event?: { action: string } }).action ?? e.event?.action ?? '',
  );
}

let pim: Staff;
let mila: Staff;

describe('a fresh production install starts clean', () => {
  it('has no demo listings, municipalities, organisations or personas', async () => {
    const apps = await (await fetch(`${server.url}/api/v1/apps`)).json();
    expect(apps.total).toBe(0);
    expect(await (await fetch(`${server.url}/api/v1/municipalities`)).json()).toEqual([]);
    expect((await fetch(`${server.url}/api/v1/session/demo-personas`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/api/v1/session/sign-in-methods`)).json()).toEqual({
      residents: true,
      staff: true,
      demo: false,
    });
  });
});

describe('staff sign-in and onboarding', () => {
  it('makes an address in PLATFORM_ADMINS the first platform admin, as an audit event', async () => {
    const signedIn = await signIn('staff-pim');
    pim = signedIn.staff;
    expect(signedIn.response.status).toBe(303);
    expect(signedIn.response.headers.get('location')).toBe('/beheer');
    const session = await pim.session();
    expect(session.user?.displayName).toBe('Pim de Boer');
    expect(session.roles).toEqual([{ role: 'platform-admin' }]);
    expect(await auditActions()).toContain('membership.granted');
  });

  it('refuses staff without an invitation, storing nothing', async () => {
    const before = await counts();
    const { response } = await signIn('staff-mila');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('data-reason="no-invitation"');
    expect(await counts()).toEqual(before);
  });

  it('refuses an unverified e-mail address, storing nothing', async () => {
    await pim.request('POST', '/invitations', { email: 'ursula.bos@onbevestigd.example', role: 'reviewer' });
    const before = await counts();
    const { response } = await signIn('staff-ursula');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-reason="email-unverified"');
    expect(await counts()).toEqual(before);
  });

  it('puts a municipality of the CBS list on the platform, once', async () => {
    const created = await pim.request('POST', '/municipalities', { code: 'GM0344' });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ code: 'GM0344', name: 'Utrecht', offeredApps: 0 });
    await expectProblem(await pim.request('POST', '/municipalities', { code: 'GM0344' }), 409);
    const unknown = await expectProblem(
      await pim.request('POST', '/municipalities', { code: 'GM9999' }),
      400,
    );
    expect(unknown.errors?.[0]?.field).toBe('code');
    expect(await (await fetch(`${server.url}/api/v1/municipalities`)).json()).toHaveLength(1);
  });

  it('appoints the first municipality admin by invitation, accepted at her first sign-in', async () => {
    const invited = await pim.request('POST', '/invitations', {
      email: 'Mila.Verhoef@gemeente.example',
      role: 'municipality-admin',
      municipality: 'GM0344',
    });
    expect(invited.status).toBe(201);
    const invitation = await invited.json();
    expect(invitation).toMatchObject({ email: 'mila.verhoef@gemeente.example', status: 'open' });
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)).toBe(7 * 24 * 3600 * 1000);

    mila = (await signIn('staff-mila')).staff;

    expect((await mila.session()).roles).toEqual([{ role: 'municipality-admin', municipality: 'GM0344' }]);
    const list = (await (await pim.request('GET', '/invitations')).json()).items;
    expect(list.find((i: { id: string }) => i.id === invitation.id).status).toBe('accepted');
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted']),
    );
  });

  it('refuses an expired invitation, storing nothing', async () => {
    const invited = await (
      await pim.request('POST', '/invitations', { email: 'rob.kramer@keuring.example', role: 'reviewer' })
    ).json();
    const invitations = await server.store.collection('invitations');
    await invitations.updateOne(
      { _id: invited.id },
      { $set: { expiresAt: new Date(Date.now() - 1000).toISOString() } },
    );
    const before = await counts();

    const { response } = await signIn('staff-rob');

    expect(response.status).toBe(403);
    expect(await response.text()).toContain('data-reason="invitation-expired"');
    expect(await counts()).toEqual(before);
  });

  it('refuses an invitation used already by another account with the same address', async () => {
    const before = await counts();
    await expect(
      server.services.staffAccess.signIn({
        id: 's-another-account',
        email: 'mila.verhoef@gemeente.example',
        name: 'x',
      }),
    ).rejects.toMatchObject({ reason: 'invitation-used' });
    expect(await counts()).toEqual(before);
  });

  it('lets a municipality admin invite a co-admin of her own municipality only', async () => {
    await pim.request('POST', '/municipalities', { code: 'GM0363' });
    expect(
      (
        await mila.request('POST', '/invitations', {
          email: 'rana.haddad@keuring.example',
          role: 'municipality-admin',
          municipality: 'GM0344',
        })
      ).status,
    ).toBe(201);
    await expectProblem(
      await mila.request('POST', '/invitations', {
        email: 'x@y.example',
        role: 'municipality-admin',
        municipality: 'GM0363',
      }),
      403,
    );
    await expectProblem(
      await mila.request('POST', '/invitations', { email: 'x@y.example', role: 'reviewer' }),
      403,
    );
  });

  it('never removes the last admin of a municipality, and records a removal', async () => {
    const memberships = (await (await mila.request('GET', '/memberships?municipality=GM0344')).json()).items;
    expect(memberships).toHaveLength(1);
    await expectProblem(await pim.request('DELETE', `/memberships/${memberships[0].id}`), 409);

    await signIn('staff-rana');
    const both = (await (await mila.request('GET', '/memberships')).json()).items;
    expect(both.map((m: { name: string }) => m.name).sort()).toEqual(['Mila Verhoef', 'Rana Haddad']);
    const rana = both.find((m: { name: string }) => m.name === 'Rana Haddad');
    expect((await mila.request('DELETE', `/memberships/${rana.id}`)).status).toBe(204);
    expect(await auditActions()).toContain('membership.removed');
  });

  it('registers a vendor organisation whose invited member invites a colleague', async () => {
    const created = await pim.request('POST', '/organisations', {
      name: 'AppMakers B.V.',
      kvkNumber: '12345678',
    });
    expect(created.status).toBe(201);
    const organisation = await created.json();
    expect(organisation.verifiedAt).not.toBeNull();
    await expectProblem(
      await pim.request('POST', '/organisations', { name: 'Copy', kvkNumber: '12345678' }),
      409,
    );
    await pim.request('POST', '/invitations', {
      email: 'vera.mulder@appmakers.example',
      role: 'vendor',
      organisation: organisation.id,
    });

    const vera = (await signIn('staff-vera')).staff;

    expect((await vera.session()).roles).toEqual([{ role: 'vendor', organisationId: organisation.id }]);
    expect(await (await vera.request('GET', '/organisations')).json()).toEqual({ items: [organisation] });
    expect(
      (
        await vera.request('POST', '/invitations', {
          email: 'collega@appmakers.example',
          role: 'vendor',
          organisation: organisation.id,
        })
      ).status,
    ).toBe(201);
    await expectProblem(
      await vera.request('POST', '/organisations', { name: 'Mine', kvkNumber: '87654321' }),
      403,
    );
  });

  it('answers bad onboarding input with 400 naming each field, storing nothing', async () => {
    const before = await (await server.store.collection('invitations')).count({});
    const missing = await expectProblem(
      await pim.request('POST', '/invitations', { email: 'a@b.example', role: 'vendor' }),
      400,
    );
    expect(missing.errors?.map((e) => e.field)).toEqual(['organisation']);
    const wrong = await expectProblem(
      await pim.request('POST', '/invitations', { email: 'not-an-email', role: 'king', extra: 1 }),
      400,
    );
    expect(wrong.errors?.map((e) => e.field).sort()).toEqual(['email', 'extra', 'role']);
    const kvk = await expectProblem(
      await pim.request('POST', '/organisations', { name: 'X B.V.', kvkNumber: '123' }),
      400,
    );
    expect(kvk.errors?.map((e) => e.field)).toEqual(['kvkNumber']);
    expect(await (await server.store.collection('invitations')).count({})).toBe(before);
  });

  it('keeps onboarding from anonymous visitors and residents', async () => {
    await expectProblem(await fetch(`${server.url}/api/v1/memberships`), 401);
    const resident = new WebBrowser();
    await signInUpstream(resident, server.url, 'residents', '999990019');
    const asResident = new Staff(resident);
    await expectProblem(await asResident.request('GET', '/memberships'), 403);
    await expectProblem(
      await asResident.request('POST', '/invitations', { email: 'a@b.example', role: 'reviewer' }),
      403,
    );
  });
});
