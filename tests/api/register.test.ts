import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { DecisionListSchema, PublicDecisionSchema } from '../../shared/schemas/register.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import {
  assessVersion,
  buildAssessment,
  claimVersion,
  decideVersion,
  liveApp,
  submittedListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { makeTempDir } from '../setup/temp-dir.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

const run = promisify(execFile);
let server: TestServer;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let criteria: Criterion[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  [vendor, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
});
afterAll(() => server.close());

async function decisions(query = '') {
  const response = await fetch(`${server.url}/api/v1/decisions${query}`);
  expect(response.status).toBe(200);
  return DecisionListSchema.parse(await response.json());
}

/** Jan rejects a new listing, failing one required criterion, with a public and an internal reason. */
async function rejectedApp(name = `Afgewezen ${Math.random().toString(36).slice(2, 8)}`) {
  const failed = criteria.find((c) => c.required) as Criterion;
  const { listing, versionId } = await submittedListing(vendor, buildListingDraft({ name }));
  await claimVersion(jan, versionId);
  await assessVersion(jan, versionId, buildAssessment(criteria, { [failed.id]: 'fail' }));
  await decideVersion(jan, versionId, {
    decision: 'reject',
    comment: 'INTERN: leverancier reageerde traag',
    publicReason: {
      nl: 'De app vraagt meer gegevens dan nodig is.',
      en: 'The app asks for more data than needed.',
    },
  });
  return { listing, versionId, failed };
}

describe('register', () => {
  describe('GET /api/v1/decisions', () => {
    it('shows each seeded live app once as listed before the register, with its first check', async () => {
      const page = await decisions('?kind=listed-before-register&pageSize=100');
      const live = await (await fetch(`${server.url}/api/v1/apps?pageSize=100`)).json();
      const listed = page.items.map((d) => d.app.slug);
      // Seeded suspended apps are listed too (they were live before).
      for (const app of live.items as { slug: string }[])
        expect(listed.filter((slug) => slug === app.slug)).toHaveLength(1);
      expect(page.items[0]?.criteria.length).toBeGreaterThan(0);
      expect(page.items[0]?.reason.nl).toMatch(/voordat dit register begon/);
    });

    it('records a rejection with the public reason and the outcome per criterion, never the internal note or names', async () => {
      const { listing, failed } = await rejectedApp();
      const page = await decisions(`?app=${listing.slug}`);
      expect(page.total).toBe(1);
      const [decision] = page.items;
      expect(decision?.kind).toBe('rejection');
      expect(decision?.reason.nl).toBe('De app vraagt meer gegevens dan nodig is.');
      expect(decision?.criteria.find((c) => c.id === failed.id)?.outcome).toBe('fail');
      const deadline = Date.parse(decision?.objectionDeadline ?? '') - Date.parse(decision?.at ?? '');
      expect(deadline).toBe(42 * 24 * 3600 * 1000);
      const raw = JSON.stringify(page);
      for (const hidden of ['INTERN', 'Jan', 'Lotte', 'reviewer-jan', 'deciders'])
        expect(raw).not.toContain(hidden);
    });

    it('records the approval that makes an app live, with a standard reason when none was written', async () => {
      const { slug } = await liveApp(vendor, [jan, lotte], criteria);
      const [decision] = (await decisions(`?app=${slug}`)).items;
      expect(decision?.kind).toBe('approval');
      expect(decision?.reason.nl).toMatch(/Twee beoordelaars/);
      expect(decision?.objectionDeadline).toBeNull();
      expect(decision?.criteria.every((c) => c.outcome === 'pass')).toBe(true);
    });

    it('records a suspension and a reinstatement with their public reasons, newest first', async () => {
      const { slug } = await liveApp(vendor, [jan, lotte], criteria);
      const suspended = await jan.post(`/api/v1/apps/${slug}/suspension`, {
        reason: 'Intern: melding van datalek via CERT',
        publicReason: { nl: 'Er is mogelijk een datalek. We zoeken het uit.' },
      });
      expect(suspended.status).toBe(204);
      expect((await jan.delete(`/api/v1/apps/${slug}/suspension`)).status).toBe(204);
      const page = await decisions(`?app=${slug}`);
      expect(page.items.map((d) => d.kind)).toEqual(['reinstatement', 'suspension', 'approval']);
      expect(page.items[1]?.reason.nl).toBe('Er is mogelijk een datalek. We zoeken het uit.');
      expect(JSON.stringify(page)).not.toContain('CERT');
    });

    it('filters by kind and month and pages with total', async () => {
      const month = new Date().toISOString().slice(0, 7);
      const all = await decisions(`?month=${month}&pageSize=100`);
      expect(all.items.every((d) => d.at.startsWith(month))).toBe(true);
      const firstTwo = await decisions(`?month=${month}&pageSize=2&page=1`);
      expect(firstTwo.items).toHaveLength(2);
      expect(firstTwo.total).toBe(all.total);
      const sorted = [...all.items].sort((a, b) => b.at.localeCompare(a.at));
      expect(all.items.map((d) => d.id)).toEqual(sorted.map((d) => d.id));
      expect((await decisions('?month=1999-01')).total).toBe(0);
    });

    it('answers bad queries with 400 problem+json naming the field', async () => {
      for (const [query, field] of [
        ['?pageSize=101', 'pageSize'],
        ['?month=2026-13', 'month'],
        ['?kind=everything', 'kind'],
        ['?page_size=2', 'page_size'],
      ] as const) {
        const problem = await expectProblem(await fetch(`${server.url}/api/v1/decisions${query}`), 400);
        expect(problem.errors?.map((e) => e.field)).toContain(field);
      }
    });
  });

  describe('GET /api/v1/decisions/{decisionId}', () => {
    it('gives one decision at a stable URL, and 404 problem+json for an unknown one', async () => {
      const [first] = (await decisions('?pageSize=1')).items;
      const response = await fetch(`${server.url}/api/v1/decisions/${first?.id}`);
      expect(PublicDecisionSchema.parse(await response.json())).toEqual(first);
      await expectProblem(await fetch(`${server.url}/api/v1/decisions/no-such-decision`), 404);
    });

    it('is in the OpenAPI document', async () => {
      const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/decisions', '/decisions/{decisionId}', '/objections']),
      );
    });
  });

  describe('POST /api/v1/reviews/{versionId}/decisions with a public reason', () => {
    it('refuses a too short public reason with 400 naming the field, and decides nothing', async () => {
      const { versionId } = await submittedListing(vendor);
      await claimVersion(jan, versionId);
      const response = await jan.post(`/api/v1/reviews/${versionId}/decisions`, {
        decision: 'reject',
        comment: 'nee',
        publicReason: { nl: 'kort' },
      });
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toContain('publicReason.nl');
      const review = await (await jan.get(`/api/v1/reviews/${versionId}`)).json();
      expect(review.status).toBe('in_review');
    });
  });

  describe('GET /besluiten/feed.atom', () => {
    it('is valid Atom 1.0 with every decision, XML-escaped', async () => {
      await rejectedApp(`Tom & Jerry's <app> "zorg"`);
      const response = await fetch(`${server.url}/besluiten/feed.atom`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await response.text();
      expect(xml).toContain('Tom &amp; Jerry&apos;s &lt;app&gt; &quot;zorg&quot;');
      const temp = await makeTempDir();
      try {
        const file = path.join(temp.dir, 'feed.xml');
        await writeFile(file, xml);
        const schema = path.resolve(import.meta.dirname, '../fixtures/atom.rng');
        const result = await run('xmllint', ['--noout', '--relaxng', schema, file]);
        expect(result.stderr).toMatch(/validates/);
      } finally {
        await temp.remove();
      }
      // RFC 4287 rules a grammar cannot say: every entry has an alternate link, the feed a self link.
      const entries = xml.split('<entry>').slice(1);
      expect(entries.length).toBe(Math.min(50, (await decisions()).total));
      expect(entries.every((e) => e.includes('rel="alternate"'))).toBe(true);
      expect(xml).toContain(
        `rel="self" type="application/atom+xml" href="${server.url}/besluiten/feed.atom"`,
      );
    });

    it('fails validation when an entry lacks its required updated element (the check can fail)', async () => {
      const xml = (await (await fetch(`${server.url}/besluiten/feed.atom`)).text()).replace(
        /<updated>[^<]*<\/updated>\n {4}<published>/,
        '<published>',
      );
      const temp = await makeTempDir();
      try {
        const file = path.join(temp.dir, 'broken.xml');
        await writeFile(file, xml);
        const schema = path.resolve(import.meta.dirname, '../fixtures/atom.rng');
        await expect(run('xmllint', ['--noout', '--relaxng', schema, file])).rejects.toThrow(
          /fails to validate/,
        );
      } finally {
        await temp.remove();
      }
    });
  });
});
