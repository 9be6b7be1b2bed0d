import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClosedIncidentSchema,
  IncidentSchema,
  ResidentIncidentNoticeSchema,
} from '../../shared/schemas/incident.ts';
import { NotificationViewSchema } from '../../shared/schemas/notification.ts';
import { buildIncident } from '../factories/incident.ts';
import { buildPerson, signInDirectly } from '../factories/person.ts';
import { publishApp } from '../factories/published-app.ts';
import { expectStatus } from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { expectProblem } from '../setup/problem.ts';
import { smtpServer } from '../setup/smtp-server.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let smtp: ReturnType<typeof smtpServer>;
let vendor: ApiClient;
let jan: ApiClient;
let adminUtrecht: ApiClient;
let adminAmsterdam: ApiClient;
let fatima: ApiClient;
let henk: ApiClient;

beforeAll(async () => {
  smtp = smtpServer(await freePort());
  await smtp.start();
  server = await startTestServer({
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Inwonercloud <noreply@inwonercloud.example>',
  });
  [vendor, jan, adminUtrecht, adminAmsterdam, fatima, henk] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'admin-utrecht'),
    signedIn(server.url, 'admin-amsterdam'),
    signedIn(server.url, 'resident-fatima'),
    signedIn(server.url, 'resident-henk'),
  ]);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await smtp?.stop();
});

/** A live app offered in Utrecht and Amsterdam; Fatima consented to it, Henk did not. */
async function offeredApp() {
  const name = `Incidentapp ${Math.random().toString(36).slice(2, 8)}`;
  const app = await publishApp(server.url, {
    draft: { name },
    municipality: ['GM0344', 'GM0363'],
    offerAs: ['admin-utrecht', 'admin-amsterdam'],
  });
  await expectStatus(await fatima.put(`/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] }), 200);
  return { ...app, name };
}

async function items<T>(client: ApiClient, path: string, schema: { parse: (v: unknown) => T }): Promise<T> {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return schema.parse(((await response.json()) as { items: unknown }).items);
}

const notificationsOf = (client: ApiClient) =>
  items(client, '/api/v1/me/notifications', NotificationViewSchema.array());

describe('incidents', () => {
  describe('POST /api/v1/apps/{slug}/incidents', () => {
    it('suspends at once when severe, tells two municipalities, the vendor and reviewers, and mails them', async () => {
      const app = await offeredApp();
      const response = await adminUtrecht.post(
        `/api/v1/apps/${app.slug}/incidents`,
        buildIncident({ severity: 'high' }),
      );
      await expectStatus(response, 201);
      const incident = IncidentSchema.parse(await response.json());
      expect(incident.suspended).toBe(true);
      expect((await fetch(`${server.url}/api/v1/apps/${app.slug}`)).status).toBe(404);

      const told = async (client: ApiClient) =>
        (await notificationsOf(client)).some((n) => n.title.nl.startsWith(`Incident bij ${app.name}`));
      for (const client of [adminUtrecht, adminAmsterdam, vendor, jan]) expect(await told(client)).toBe(true);

      // Mail goes out through the outbox to a real SMTP server.
      await server.services.notifications.deliverMail(new Date());
      // Two municipality admins, the vendor and the three reviewer personas (jan, lotte, mila).
      const mails = await smtp.waitFor((m) => m.subject.includes(`Incident bij ${app.name}`), 6);
      const recipients = mails.map((m) => m.to);
      expect(recipients).toEqual(
        expect.arrayContaining([
          'yusuf.demir@gemeente-utrecht.example',
          'femke.jansen@gemeente-amsterdam.example',
          'eva.smit@samensterk.example',
          'jan.mulder@gemeente-utrecht.example',
          'lotte.deboer@gemeente-amsterdam.example',
          'mila.jansen@inwonercloud.example',
        ]),
      );
      // Residents never get mail.
      expect(recipients.some((to) => to.includes('@mail.example'))).toBe(false);
    });

    it('shows consenting residents a notice in "Mijn apps", and nobody else', async () => {
      const app = await offeredApp();
      await expectStatus(await jan.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident()), 201);
      const notices = await items(
        fatima,
        '/api/v1/me/incident-notices',
        ResidentIncidentNoticeSchema.array(),
      );
      const mine = notices.filter((n) => n.slug === app.slug);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.advice.nl).toContain('Je hoeft niets te doen');
      expect(JSON.stringify(mine)).not.toContain('Jan');
      const henks = await items(henk, '/api/v1/me/incident-notices', ResidentIncidentNoticeSchema.array());
      expect(henks.some((n) => n.slug === app.slug)).toBe(false);
      await expectProblem(await jan.get('/api/v1/me/incident-notices'), 403);
    });

    it('never tells staff which residents use the app', async () => {
      const app = await offeredApp();
      const created = IncidentSchema.parse(
        await (await jan.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident())).json(),
      );
      for (const client of [jan, adminUtrecht, vendor]) {
        const text = JSON.stringify([
          await (await client.get(`/api/v1/incidents/${created.id}`)).json(),
          await (await client.get('/api/v1/me/notifications')).json(),
        ]);
        expect(text).not.toContain('resident-fatima');
        expect(text).not.toContain('Fatima');
      }
    });

    it('lets only reviewers and admins of an offering municipality report', async () => {
      const app = await publishApp(server.url, { municipality: ['GM0344'], offerAs: ['admin-utrecht'] });
      await expectProblem(
        await adminAmsterdam.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident()),
        403,
      );
      await expectProblem(await vendor.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident()), 403);
      await expectProblem(await fatima.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident()), 403);
      await expectProblem(await jan.post('/api/v1/apps/no-such-app/incidents', buildIncident()), 404);
    });

    it('answers 400 naming each bad field, and stores nothing', async () => {
      const app = await publishApp(server.url);
      const before = await items(jan, '/api/v1/incidents', IncidentSchema.array());
      const response = await jan.post(`/api/v1/apps/${app.slug}/incidents`, {
        ...buildIncident(),
        severity: 'critical',
        since: 'gisteren',
        what: { nl: 'x' },
        extra: true,
      });
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toEqual(
        expect.arrayContaining(['severity', 'since', 'what.nl', 'what.en']),
      );
      expect(await items(jan, '/api/v1/incidents', IncidentSchema.array())).toHaveLength(before.length);
    });
  });

  describe('the vendor answers and a reviewer closes', () => {
    it('records the answer, then closes with a public summary in the audit trail', async () => {
      const app = await offeredApp();
      const created = IncidentSchema.parse(
        await (await jan.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident())).json(),
      );
      const answered = await vendor.post(`/api/v1/incidents/${created.id}/responses`, {
        message: 'We hebben de fout hersteld op 30 november.',
      });
      await expectStatus(answered, 201);
      expect(IncidentSchema.parse(await answered.json()).responses[0]).toMatchObject({ role: 'vendor' });
      expect(
        (await notificationsOf(jan)).some((n) => n.title.nl === `Reactie op het incident bij ${app.name}`),
      ).toBe(true);
      const other = await signedIn(server.url, 'vendor-geldfit');
      await expectProblem(
        await other.post(`/api/v1/incidents/${created.id}/responses`, { message: 'Hallo' }),
        404,
      );
      await expectProblem(
        await vendor.post(`/api/v1/incidents/${created.id}/closure`, {
          publicSummary: { nl: 'Opgelost door de aanbieder.', en: 'Fixed by the vendor.' },
        }),
        403,
      );

      const publicSummary = {
        nl: 'De fout is hersteld. Niemand hoeft iets te doen.',
        en: 'The error is fixed. Nobody needs to do anything.',
      };
      const closed = await jan.post(`/api/v1/incidents/${created.id}/closure`, { publicSummary });
      await expectStatus(closed, 200);
      expect(IncidentSchema.parse(await closed.json()).status).toBe('closed');
      await expectProblem(await jan.post(`/api/v1/incidents/${created.id}/closure`, { publicSummary }), 409);

      const register = await items(
        new ApiClient(server.url),
        `/api/v1/apps/${app.slug}/closed-incidents`,
        ClosedIncidentSchema.array(),
      );
      expect(register.map((i) => i.publicSummary)).toEqual([publicSummary]);
      expect((await server.services.incidents.listClosed()).some((i) => i.id === created.id)).toBe(true);
      const trail = (await (await jan.get(`/api/v1/audit?subject=${app.id}`)).json()) as {
        items: { action: string; reason: string | null }[];
      };
      expect(trail.items.find((e) => e.action === 'incident.closed')?.reason).toBe(publicSummary.nl);
      // Residents keep seeing it, now with the summary.
      const notice = (
        await items(fatima, '/api/v1/me/incident-notices', ResidentIncidentNoticeSchema.array())
      ).find((n) => n.id === created.id);
      expect(notice?.status).toBe('closed');
      expect(notice?.publicSummary).toEqual(publicSummary);
    });

    it('hides an incident from an admin of a municipality that does not offer the app', async () => {
      const app = await publishApp(server.url, { municipality: ['GM0344'], offerAs: ['admin-utrecht'] });
      const created = IncidentSchema.parse(
        await (await jan.post(`/api/v1/apps/${app.slug}/incidents`, buildIncident())).json(),
      );
      await expectProblem(await adminAmsterdam.get(`/api/v1/incidents/${created.id}`), 404);
      const visible = await items(adminAmsterdam, '/api/v1/incidents', IncidentSchema.array());
      expect(visible.some((i) => i.id === created.id)).toBe(false);
      const stranger = await signInDirectly(
        server,
        buildPerson([{ role: 'resident', municipality: 'GM0344' }]),
      );
      await expectProblem(await stranger.get(`/api/v1/incidents/${created.id}`), 404);
    });
  });
});
