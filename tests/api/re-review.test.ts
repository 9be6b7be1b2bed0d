import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDetailSchema } from '../../shared/schemas/catalog.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type { ListingDraftInput } from '../../shared/schemas/listing.ts';
import { ReviewDetailSchema } from '../../shared/schemas/review.ts';
import { addEvidence } from '../factories/evidence.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import {
  assessVersion,
  buildAssessment,
  buildDecision,
  claimVersion,
  decideVersion,
  expectStatus,
  liveApp,
  submitListing,
} from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

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

/** A live app, then a new version with `change` applied to its draft, submitted. */
async function newVersion(change: (draft: ListingDraftInput) => Partial<ListingDraftInput>) {
  const draft = buildListingDraft();
  const live = await liveApp(vendor, [jan, lotte], criteria, draft);
  const next = { ...draft, ...change(draft) };
  await expectStatus(
    await vendor.put(`/api/v1/vendor/listings/${live.listing.id}/draft`, { draft: next }),
    200,
  );
  const { versionId } = await submitListing(vendor, live.listing.id);
  const detail = ReviewDetailSchema.parse(await (await jan.get(`/api/v1/reviews/${versionId}`)).json());
  return { ...live, versionId, detail };
}

const toAssess = (detail: { reReview?: { criteria: { criterionId: string; status: string }[] } }) =>
  detail.reReview?.criteria.filter((c) => c.status === 'assess').map((c) => c.criterionId) ?? [];

describe('re-review from a structured diff', () => {
  it('compares a first version with nothing: every criterion, four eyes', async () => {
    const draft = buildListingDraft();
    const { listing } = await liveApp(vendor, [jan, lotte], criteria, draft);
    const versions = await (await vendor.get(`/api/v1/vendor/listings/${listing.id}`)).json();
    const first = (versions as { versions: { id: string }[] }).versions[0]?.id;
    const detail = ReviewDetailSchema.parse(await (await jan.get(`/api/v1/reviews/${first}`)).json());
    expect(detail.reReview?.comparedWith).toBeNull();
    expect(toAssess(detail)).toHaveLength(criteria.length);
  });

  it('shows old and new values, and needs one reviewer when only texts changed', async () => {
    const { detail, versionId, slug } = await newVersion(() => ({
      tagline: { nl: 'Nieuwe korte tekst', en: 'New short text' },
    }));
    expect(detail.reReview?.changes).toEqual([
      {
        group: 'texts',
        field: 'tagline',
        before: { nl: 'Hulp bij je geldzaken', en: 'Help with your money matters' },
        after: { nl: 'Nieuwe korte tekst', en: 'New short text' },
      },
    ]);
    expect(detail.reReview?.requiredApprovals).toBe(1);
    expect(detail.requiredApprovals).toBe(1);
    expect(toAssess(detail).sort()).toEqual(
      [
        'evidence-effect',
        'evidence-independent-study',
        'language-b1',
        'language-multilingual',
        'support-helpdesk',
      ].sort(),
    );
    const carried = detail.reReview?.criteria.find((c) => c.criterionId === 'privacy-avg');
    expect(carried).toMatchObject({ status: 'carried', outcome: 'pass' });
    expect(carried?.assessedAt).toBe(detail.reReview?.comparedWith?.approvedAt);

    // One reviewer assesses only what changed and approves: the version goes live.
    await claimVersion(jan, versionId);
    await expectProblem(await lotte.post(`/api/v1/reviews/${versionId}/claim`), 409);
    const only = Object.fromEntries(
      toAssess(detail).map((id) => [id, { verdict: 'pass' as const, note: 'Tekst nagekeken' }]),
    );
    await assessVersion(jan, versionId, { criteria: only });
    const decided = await decideVersion(jan, versionId, buildDecision({ decision: 'approve' }));
    expect(decided.status).toBe('approved');

    const app = AppDetailSchema.parse(await (await fetch(`${server.url}/api/v1/apps/${slug}`)).json());
    expect(app.tagline.nl).toBe('Nieuwe korte tekst');
    expect(app.vetting.version).toBe(2);
    // Carried-over criteria stay in the public result.
    expect(app.vetting.criteria.map((c) => c.id)).toContain('privacy-avg');
  });

  it('re-assesses only the privacy criteria after a claim change, with four eyes', async () => {
    const { detail, versionId } = await newVersion((draft) => ({
      claims: [
        ...(draft.claims ?? []),
        {
          claim: 'birthdate',
          reason: { nl: 'Om je leeftijd te weten.', en: 'To know your age.' },
          required: false,
        },
      ],
    }));
    expect(detail.reReview?.changes.map((c) => c.group)).toEqual(['claims']);
    expect(toAssess(detail).sort()).toEqual(['data-minimisation-claims', 'privacy-avg', 'privacy-dpia']);
    expect(detail.reReview?.requiredApprovals).toBe(2);

    const privacyOnly = buildAssessment(criteria.filter((c) => toAssess(detail).includes(c.id)));
    await claimVersion(jan, versionId);
    await assessVersion(jan, versionId, privacyOnly);
    expect((await decideVersion(jan, versionId, buildDecision({ decision: 'approve' }))).status).toBe(
      'in_review',
    );
    await claimVersion(lotte, versionId);
    await assessVersion(lotte, versionId, privacyOnly);
    expect((await decideVersion(lotte, versionId, buildDecision({ decision: 'approve' }))).status).toBe(
      'approved',
    );
  });

  it('refuses an approval while a criterion that needs a fresh verdict is not passed', async () => {
    const { versionId } = await newVersion(() => ({
      privacyStatementUrl: 'https://testapp.example/privacy-v2',
    }));
    await claimVersion(jan, versionId);
    const response = await jan.post(
      `/api/v1/reviews/${versionId}/decisions`,
      buildDecision({ decision: 'approve' }),
    );
    const problem = await expectProblem(response, 409);
    expect(problem.detail).toContain('privacy-avg');
    expect(problem.detail).not.toContain('language-b1');
  });

  it('needs four eyes when evidence changes, and re-assesses the criteria it supports', async () => {
    const draft = buildListingDraft();
    const live = await liveApp(vendor, [jan, lotte], criteria, draft);
    await addEvidence(vendor, live.listing.id, { kind: 'pentest' });
    const { versionId } = await submitListing(vendor, live.listing.id);
    const detail = ReviewDetailSchema.parse(await (await jan.get(`/api/v1/reviews/${versionId}`)).json());
    expect(detail.reReview?.changes.map((c) => c.group)).toEqual(['evidence']);
    expect(detail.reReview?.requiredApprovals).toBe(2);
    expect(toAssess(detail)).toContain('security-pentest');
    expect(toAssess(detail)).not.toContain('language-b1');
  });

  it('lets a reviewer fail a carried-over criterion anew', async () => {
    const { versionId } = await newVersion(() => ({
      description: { nl: 'Een nieuwe uitleg van de app.', en: 'A new explanation of the app.' },
    }));
    await claimVersion(jan, versionId);
    await assessVersion(jan, versionId, {
      criteria: {
        ...buildAssessment(criteria).criteria,
        'privacy-avg': { verdict: 'fail', note: 'De privacyverklaring is verouderd.' },
      },
    });
    const response = await jan.post(
      `/api/v1/reviews/${versionId}/decisions`,
      buildDecision({ decision: 'approve' }),
    );
    expect((await expectProblem(response, 409)).detail).toContain('privacy-avg');
  });
});
