import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import {
  EvidenceItemSchema,
  OutOfDateAppSchema,
  PublicEvidenceSchema,
} from '../../shared/schemas/evidence.ts';
import { NotificationViewSchema } from '../../shared/schemas/notification.ts';
import { ReviewDetailSchema } from '../../shared/schemas/review.ts';
import { addEvidence, buildPdf, dayFromToday, uploadPdf } from '../factories/evidence.ts';
import { approveAs, createListing, submitListing } from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let otherVendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let adminUtrecht: ApiClient;
let fatima: ApiClient;
let criteria: Criterion[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  [vendor, otherVendor, jan, lotte, adminUtrecht, fatima] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'vendor-geldfit'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
    signedIn(server.url, 'admin-utrecht'),
    signedIn(server.url, 'resident-fatima'),
  ]);
});
afterAll(() => server.close());

/** A live app whose approved version carries the given evidence. */
async function liveAppWithEvidence(evidence: Parameters<typeof addEvidence>[2][]) {
  const listing = await createListing(vendor);
  const items = [];
  for (const e of evidence) items.push(await addEvidence(vendor, listing.id, e));
  const { versionId } = await submitListing(vendor, listing.id);
  await approveAs(jan, versionId, criteria);
  await approveAs(lotte, versionId, criteria);
  return { listing, versionId, items };
}

async function itemsOf(response: Promise<Response>): Promise<unknown> {
  const answered = await response;
  expect(answered.status).toBe(200);
  return ((await answered.json()) as { items: unknown }).items;
}

async function notificationsOf(client: ApiClient) {
  const response = await client.get('/api/v1/me/notifications');
  expect(response.status).toBe(200);
  return NotificationViewSchema.array().parse(((await response.json()) as { items: unknown }).items);
}

describe('evidence', () => {
  describe('POST /api/v1/vendor/listings/{id}/evidence-documents', () => {
    it('stores a PDF and answers its size and SHA-256', async () => {
      const listing = await createListing(vendor);
      const pdf = buildPdf();
      const stored = await uploadPdf(vendor, listing.id, pdf);
      expect(stored.size).toBe(pdf.length);
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses bytes that are not a PDF, whatever the Content-Type says', async () => {
      const listing = await createListing(vendor);
      const response = await vendor.request(
        'POST',
        `/api/v1/vendor/listings/${listing.id}/evidence-documents`,
        new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>')),
        { 'content-type': 'application/pdf' },
      );
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.[0]?.field).toBe('(root)');
    });

    it('refuses another media type with 415 and a body over 5 MB with 413', async () => {
      const listing = await createListing(vendor);
      const path = `/api/v1/vendor/listings/${listing.id}/evidence-documents`;
      await expectProblem(
        await vendor.request('POST', path, new Uint8Array(buildPdf()), { 'content-type': 'image/png' }),
        415,
      );
      const big = Buffer.concat([buildPdf(), Buffer.alloc(5 * 1024 * 1024)]);
      await expectProblem(
        await vendor.request('POST', path, new Uint8Array(big), { 'content-type': 'application/pdf' }),
        413,
      );
    });

    it("does not let a vendor upload to another organisation's listing", async () => {
      const listing = await createListing(vendor);
      const response = await otherVendor.request(
        'POST',
        `/api/v1/vendor/listings/${listing.id}/evidence-documents`,
        new Uint8Array(buildPdf()),
        { 'content-type': 'application/pdf' },
      );
      await expectProblem(response, 404);
    });
  });

  describe('POST /api/v1/vendor/listings/{id}/evidence', () => {
    it('names the fields that are wrong and stores nothing', async () => {
      const listing = await createListing(vendor);
      const { documentId } = await uploadPdf(vendor, listing.id);
      const path = `/api/v1/vendor/listings/${listing.id}/evidence`;
      const bad = await vendor.post(path, {
        kind: 'horoscope',
        issuer: 'X',
        issuedOn: '2026-02-30',
        validUntil: 'soon',
        documentId,
      });
      const problem = await expectProblem(bad, 400);
      const fields = problem.errors?.map((e) => e.field) ?? [];
      expect(fields).toEqual(expect.arrayContaining(['kind', 'issuer', 'issuedOn', 'validUntil']));
      const before = await vendor.post(path, {
        kind: 'pentest',
        issuer: 'Veilig Testen B.V.',
        issuedOn: '2026-01-10',
        validUntil: '2025-01-10',
        documentId,
      });
      expect((await expectProblem(before, 400)).errors?.[0]?.field).toBe('validUntil');
      const unknownDocument = await vendor.post(path, {
        kind: 'pentest',
        issuer: 'Veilig Testen B.V.',
        issuedOn: '2025-01-10',
        validUntil: '2026-01-10',
        documentId: 'doc-does-not-exist',
      });
      expect((await expectProblem(unknownDocument, 400)).errors?.[0]?.field).toBe('documentId');
      const listed = await vendor.get(path);
      expect(await listed.json()).toEqual({ items: [] });
    });

    it('ties a pentest to the security-pentest criterion, as catalog/criteria.json says', async () => {
      const listing = await createListing(vendor);
      await addEvidence(vendor, listing.id, { kind: 'pentest' });
      await addEvidence(vendor, listing.id, { kind: 'iso27001' });
      const listed = EvidenceItemSchema.array().parse(
        await itemsOf(vendor.get(`/api/v1/vendor/listings/${listing.id}/evidence`)),
      );
      expect(listed.map((e) => [e.kind, e.criteria])).toEqual([
        ['pentest', ['security-pentest']],
        ['iso27001', ['security-bio']],
      ]);
    });
  });

  describe('GET /api/v1/evidence-documents/{documentId}', () => {
    it('serves the document to reviewers and municipality admins as a download, to nobody else', async () => {
      const listing = await createListing(vendor);
      const pdf = buildPdf('for reviewers only');
      const { documentId } = await uploadPdf(vendor, listing.id, pdf);
      const path = `/api/v1/evidence-documents/${documentId}`;
      for (const reader of [jan, adminUtrecht, vendor]) {
        const response = await reader.get(path);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${documentId}.pdf"`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
      }
      await expectProblem(await fatima.get(path), 403);
      await expectProblem(await otherVendor.get(path), 403);
      await expectProblem(await new ApiClient(server.url).get(path), 401);
      // The same answer for an id that does not exist: no oracle.
      await expectProblem(await otherVendor.get('/api/v1/evidence-documents/doc-unknown'), 403);
    });
  });

  describe('a version carries its evidence', () => {
    it('shows reviewers the evidence beside the criteria it supports', async () => {
      const listing = await createListing(vendor);
      await addEvidence(vendor, listing.id, { kind: 'dpia' });
      const { versionId } = await submitListing(vendor, listing.id);
      const detail = ReviewDetailSchema.parse(await (await jan.get(`/api/v1/reviews/${versionId}`)).json());
      expect(detail.evidence?.map((e) => [e.kind, e.criteria, e.status])).toEqual([
        ['dpia', ['privacy-dpia'], 'valid'],
      ]);
    });

    it('publishes per criterion what was checked and until when', async () => {
      const { listing } = await liveAppWithEvidence([
        { kind: 'pentest', issuedOn: '2026-06-01', validUntil: '2027-06-01' },
      ]);
      const response = await fetch(`${server.url}/api/v1/apps/${listing.slug}/evidence`);
      expect(response.status).toBe(200);
      expect(PublicEvidenceSchema.parse(((await response.json()) as { items: unknown }).items)).toEqual([
        {
          criterionId: 'security-pentest',
          kind: 'pentest',
          issuedOn: '2026-06-01',
          validUntil: '2027-06-01',
          status: expect.stringMatching(/^(valid|expiring|expired)$/),
        },
      ]);
      const text = JSON.stringify(
        await (await fetch(`${server.url}/api/v1/apps/${listing.slug}/evidence`)).json(),
      );
      expect(text).not.toContain('Veilig Testen');
      expect(text).not.toContain('doc-');
    });
  });

  describe('expiry', () => {
    it('marks expired evidence publicly and queues the app for reviewers, without suspending it', async () => {
      const { listing } = await liveAppWithEvidence([
        { kind: 'pentest', issuedOn: dayFromToday(-400), validUntil: dayFromToday(-1) },
      ]);
      const publicEvidence = PublicEvidenceSchema.parse(
        await itemsOf(fetch(`${server.url}/api/v1/apps/${listing.slug}/evidence`)),
      );
      expect(publicEvidence.map((e) => e.status)).toEqual(['expired']);
      const queue = OutOfDateAppSchema.array().parse(await itemsOf(jan.get('/api/v1/expired-evidence')));
      const entry = queue.find((q) => q.slug === listing.slug);
      expect(entry?.expired.map((e) => e.kind)).toEqual(['pentest']);
      expect(entry?.status).toBe('live');
      expect((await fetch(`${server.url}/api/v1/apps/${listing.slug}`)).status).toBe(200);
      await expectProblem(await vendor.get('/api/v1/expired-evidence'), 403);
    });

    it('tells the vendor and the reviewers once, with two schedulers on one store', async () => {
      const { listing } = await liveAppWithEvidence([
        { kind: 'pentest', issuedOn: dayFromToday(-300), validUntil: dayFromToday(20) },
      ]);
      const name = listing.draft.name;
      const countFor = async (client: ApiClient) =>
        (await notificationsOf(client)).filter(
          (n) => n.title.nl.includes(name) && n.title.nl.includes('verloopt'),
        ).length;

      const a = server.services.newScheduler('instance-a');
      const b = server.services.newScheduler('instance-b');
      // Both instances tick at the same moment: the lease lets exactly one run the daily sweep.
      const now = new Date();
      const [ranA, ranB] = await Promise.all([a.tick(now), b.tick(now)]);
      const sweeps = [...ranA, ...ranB].filter((job) => job === 'evidence-expiry');
      expect(sweeps).toHaveLength(1);
      expect(await countFor(vendor)).toBe(1);
      expect(await countFor(jan)).toBe(1);
      expect(await countFor(lotte)).toBe(1);

      // Later the same day nobody runs it again; the next day it runs, and repeats no notice.
      expect([...(await a.tick(now)), ...(await b.tick(now))]).not.toContain('evidence-expiry');
      const tomorrow = new Date(now.getTime() + 86_400_000);
      expect(await b.tick(tomorrow)).toContain('evidence-expiry');
      expect(await countFor(vendor)).toBe(1);
    });

    it('records expired evidence in the audit trail when the sweep finds it', async () => {
      const { listing } = await liveAppWithEvidence([
        { kind: 'iso27001', issuedOn: dayFromToday(-800), validUntil: dayFromToday(-2) },
      ]);
      await server.services.sweepEvidence(new Date());
      const trail = await (await jan.get(`/api/v1/audit?subject=${listing.id}`)).json();
      const actions = (trail as { items: { action: string }[] }).items.map((e) => e.action);
      expect(actions).toContain('evidence.expired');
      const vendorNotices = await notificationsOf(vendor);
      expect(
        vendorNotices.some(
          (n) => n.title.nl === `ISO 27001-certificaat van ${listing.draft.name} is verlopen`,
        ),
      ).toBe(true);
    });
  });
});
