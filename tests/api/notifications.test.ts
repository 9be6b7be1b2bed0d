import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationViewSchema } from '../../shared/schemas/notification.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { createListing, submitListing } from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { freePort } from '../setup/free-port.ts';
import { expectProblem } from '../setup/problem.ts';
import { smtpServer } from '../setup/smtp-server.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let smtp: ReturnType<typeof smtpServer>;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;

beforeAll(async () => {
  smtp = smtpServer(await freePort());
  await smtp.start();
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000', SMTP_URL: smtp.url });
  [vendor, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await smtp?.stop();
});

async function notificationsOf(client: ApiClient) {
  const response = await client.get('/api/v1/me/notifications');
  expect(response.status).toBe(200);
  return NotificationViewSchema.array().parse(((await response.json()) as { items: unknown }).items);
}

const mailsAbout = (text: string, count: number, timeoutMs?: number) =>
  smtp.waitFor((m) => m.subject.includes(text), count, timeoutMs);

/** The demo personas with the reviewer role (catalog/personas.json): each is told of a submission. */
const REVIEWERS = 3;

describe('notifications', () => {
  describe('who is told', () => {
    it('tells reviewers of a new submission, in-app and by mail', async () => {
      const name = `Meldapp ${Math.random().toString(36).slice(2, 8)}`;
      const listing = await createListing(vendor, buildListingDraft({ name }));
      const { versionId } = await submitListing(vendor, listing.id);
      const inApp = (await notificationsOf(lotte)).find(
        (n) => n.title.nl === `Nieuw om te beoordelen: ${name}`,
      );
      expect(inApp?.link).toBe(`/beoordelen/${versionId}`);
      expect(inApp?.title.en).toBe(`New to review: ${name}`);
      await server.services.notifications.deliverMail(new Date());
      expect((await mailsAbout(name, REVIEWERS)).map((m) => m.to).sort()).toEqual([
        'jan.mulder@gemeente-utrecht.example',
        'lotte.deboer@gemeente-amsterdam.example',
        'mila.jansen@inwonercloud.example',
      ]);
    });

    it("tells the vendor of each status change with the reviewer's comment", async () => {
      const name = `Statusapp ${Math.random().toString(36).slice(2, 8)}`;
      const listing = await createListing(vendor, buildListingDraft({ name }));
      const { versionId } = await submitListing(vendor, listing.id);
      await jan.post(`/api/v1/reviews/${versionId}/claim`);
      await jan.post(`/api/v1/reviews/${versionId}/decisions`, {
        decision: 'request_changes',
        comment: 'Maak de privacyverklaring korter.',
      });
      const mine = (await notificationsOf(vendor)).filter((n) => n.title.nl.startsWith(name));
      expect(mine.map((n) => n.title.nl)).toEqual([
        `${name} moet worden aangepast`,
        `${name} wordt beoordeeld`,
      ]);
      expect(mine[0]?.body.nl).toContain('Opmerking: Maak de privacyverklaring korter.');
    });

    it('marks a notification read, for its owner only', async () => {
      const [first] = await notificationsOf(vendor);
      expect(first).toBeDefined();
      await expectProblem(await jan.post(`/api/v1/me/notifications/${first?.id}/read`), 404);
      expect((await vendor.post(`/api/v1/me/notifications/${first?.id}/read`)).status).toBe(204);
      expect((await notificationsOf(vendor)).find((n) => n.id === first?.id)?.readAt).not.toBeNull();
      await expectProblem(await new ApiClient(server.url).get('/api/v1/me/notifications'), 401);
      await expectProblem(await vendor.post('/api/v1/me/notifications/not%20an%20id/read'), 400);
    });
  });

  describe('the outbox', () => {
    it('loses nothing while the SMTP server is down, and retries with backoff', async () => {
      await smtp.stop();
      const name = `Uitvalapp ${Math.random().toString(36).slice(2, 8)}`;
      const listing = await createListing(vendor, buildListingDraft({ name }));
      await submitListing(vendor, listing.id);
      const now = new Date();
      const down = await server.services.notifications.deliverMail(now);
      expect(down.sent).toBe(0);
      expect(down.failed).toBeGreaterThanOrEqual(REVIEWERS);

      await smtp.start();
      // Not due yet: the backoff holds the mail back.
      expect((await server.services.notifications.deliverMail(new Date(now.getTime() + 1_000))).sent).toBe(0);
      const later = await server.services.notifications.deliverMail(new Date(now.getTime() + 10 * 60_000));
      expect(later.sent).toBeGreaterThanOrEqual(REVIEWERS);
      expect(await mailsAbout(name, REVIEWERS)).toHaveLength(REVIEWERS);
    });

    it('sends each mail once, with two workers on one store', async () => {
      const name = `Dubbelapp ${Math.random().toString(36).slice(2, 8)}`;
      const listing = await createListing(vendor, buildListingDraft({ name }));
      await submitListing(vendor, listing.id);
      const a = server.services.newScheduler('worker-a');
      const b = server.services.newScheduler('worker-b');
      const now = new Date();
      await Promise.all([a.tick(now), b.tick(now), server.services.notifications.deliverMail(now)]);
      await Promise.all([a.tick(new Date(now.getTime() + 1)), b.tick(new Date(now.getTime() + 2))]);
      // Give a wrongly sent third copy time to arrive too.
      const mails = await mailsAbout(name, REVIEWERS + 1, 1_000);
      expect(mails).toHaveLength(REVIEWERS);
      // The Message-ID comes from the outbox entry: a mail sent twice after a crash is recognisable.
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(REVIEWERS);
      expect(mails[0]?.messageId).toMatch(/^<[0-9a-f]{40}@inwonercloud>$/);
    });
  });
});
