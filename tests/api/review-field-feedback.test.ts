import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewDetailSchema } from '../../shared/schemas/review.ts';
import { VendorListingDetailSchema } from '../../shared/schemas/vendor.ts';
import { buildDecision, claimVersion, expectStatus, liveApp, submittedListing } from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  [vendor, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
});
afterAll(() => server.close());

async function claimedVersion() {
  const { listing, versionId } = await submittedListing(vendor);
  await claimVersion(jan, versionId);
  return { listingId: listing.id, versionId };
}

async function vendorView(listingId: string) {
  const response = await expectStatus(await vendor.get(`/api/v1/vendor/listings/${listingId}`), 200);
  return VendorListingDetailSchema.parse(await response.json());
}

async function reviewStatus(versionId: string) {
  const response = await expectStatus(await jan.get(`/api/v1/reviews/${versionId}`), 200);
  return ReviewDetailSchema.parse(await response.json()).status;
}

describe('review field feedback', () => {
  describe('POST /api/v1/reviews/{versionId}/decisions with fieldComments', () => {
    it('stores comments per field and criterion, and shows them to the vendor without the reviewer', async () => {
      const { listingId, versionId } = await claimedVersion();

      const response = await jan.post(
        `/api/v1/reviews/${versionId}/decisions`,
        buildDecision({
          decision: 'request_changes',
          fieldComments: [
            { field: 'tagline.nl', comment: 'Schrijf de korte zin in eenvoudige woorden.' },
            {
              field: 'privacyStatementUrl',
              criterion: 'privacy-avg',
              comment: 'De privacyverklaring noemt de bewaartermijn niet.',
            },
            { criterion: 'support-helpdesk', comment: 'Noem de openingstijden van de helpdesk.' },
          ],
        }),
      );

      expect(response.status, await response.clone().text()).toBe(200);
      const detail = ReviewDetailSchema.parse(await response.json());
      expect(detail.decisions.at(-1)?.fieldComments).toHaveLength(3);
      const feedback = (await vendorView(listingId)).versions[0]?.feedback.at(-1);
      expect(feedback?.fieldComments).toEqual([
        { field: 'tagline.nl', comment: 'Schrijf de korte zin in eenvoudige woorden.' },
        {
          field: 'privacyStatementUrl',
          criterion: 'privacy-avg',
          criterionTitle: { nl: 'Voldoet aan de AVG', en: 'Complies with the GDPR' },
          comment: 'De privacyverklaring noemt de bewaartermijn niet.',
        },
        expect.objectContaining({ criterion: 'support-helpdesk' }),
      ]);
      expect(JSON.stringify(feedback)).not.toContain('reviewer');
    });

    it('accepts a comment on a chosen claim', async () => {
      const { versionId } = await claimedVersion();

      const response = await jan.post(
        `/api/v1/reviews/${versionId}/decisions`,
        buildDecision({
          decision: 'request_changes',
          fieldComments: [{ field: 'claims.email', comment: 'Waarom is het e-mailadres nodig?' }],
        }),
      );

      expect(response.status).toBe(200);
    });

    const bad: [string, Record<string, unknown>, string][] = [
      [
        'an unknown field',
        { decision: 'request_changes', fieldComments: [{ field: 'password', comment: 'x' }] },
        'fieldComments.0.field',
      ],
      [
        'neither field nor criterion',
        { decision: 'request_changes', fieldComments: [{ comment: 'Iets klopt niet.' }] },
        'fieldComments.0.field',
      ],
      [
        'an empty comment',
        { decision: 'request_changes', fieldComments: [{ field: 'name', comment: '  ' }] },
        'fieldComments.0.comment',
      ],
      [
        'an unknown key in a comment',
        { decision: 'request_changes', fieldComments: [{ field: 'name', comment: 'x', by: 'jan' }] },
        'fieldComments.0.by',
      ],
      [
        'field comments with an approval',
        { decision: 'approve', fieldComments: [{ field: 'name', comment: 'Mooie naam.' }] },
        'fieldComments',
      ],
      [
        'an unknown criterion',
        { decision: 'request_changes', fieldComments: [{ criterion: 'made-up', comment: 'x' }] },
        'fieldComments.0.criterion',
      ],
    ];
    it.each(bad)('answers 400 naming the field for %s, and changes nothing', async (_name, body, field) => {
      const { versionId } = await claimedVersion();

      const response = await jan.post(`/api/v1/reviews/${versionId}/decisions`, buildDecision(body));

      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
      expect(await reviewStatus(versionId)).toBe('in_review');
    });

    it('refuses more than 30 comments', async () => {
      const { versionId } = await claimedVersion();
      const many = Array.from({ length: 31 }, () => ({ field: 'name', comment: 'Te lang.' }));

      const response = await jan.post(
        `/api/v1/reviews/${versionId}/decisions`,
        buildDecision({ decision: 'request_changes', fieldComments: many as never }),
      );

      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toContain('fieldComments');
    });

    it('refuses field comments from someone who is not a reviewer', async () => {
      const { versionId } = await claimedVersion();

      const response = await vendor.post(
        `/api/v1/reviews/${versionId}/decisions`,
        buildDecision({
          decision: 'request_changes',
          fieldComments: [{ field: 'name', comment: 'Ik keur mezelf.' }],
        }),
      );

      await expectProblem(response, 403);
      expect(await reviewStatus(versionId)).toBe('in_review');
    });
  });
});

describe('reinstating with a reason', () => {
  describe('POST /api/v1/apps/{slug}/reinstatements', () => {
    async function suspendedApp() {
      const { slug } = await liveApp(vendor, [jan, lotte], server.services.criteria);
      await expectStatus(
        await jan.post(`/api/v1/apps/${slug}/suspension`, { reason: 'Datalek gemeld.' }),
        204,
      );
      return slug;
    }

    it('puts the app back, with the internal reason in the audit trail and the public one in the register', async () => {
      const slug = await suspendedApp();

      const response = await lotte.post(`/api/v1/apps/${slug}/reinstatements`, {
        reason: 'De aanbieder heeft het lek gedicht; de pentest is opnieuw gedaan.',
        publicReason: { nl: 'Het probleem is opgelost. De app is weer veilig te gebruiken.' },
      });

      expect(response.status, await response.clone().text()).toBe(204);
      expect((await fetch(`${server.url}/api/v1/apps/${slug}`)).status).toBe(200);
      const trail = (await (await lotte.get('/api/v1/audit?pageSize=20')).json()) as {
        items: { action: string; reason: string | null }[];
      };
      expect(trail.items.find((e) => e.action === 'listing.reinstated')?.reason).toBe(
        'De aanbieder heeft het lek gedicht; de pentest is opnieuw gedaan.',
      );
      const register = (await (await fetch(`${server.url}/api/v1/decisions?app=${slug}`)).json()) as {
        items: { kind: string; reason: { nl: string } }[];
      };
      expect(register.items.find((d) => d.kind === 'reinstatement')?.reason.nl).toBe(
        'Het probleem is opgelost. De app is weer veilig te gebruiken.',
      );
    });

    it('answers 400 naming reason when it is missing, and leaves the app suspended', async () => {
      const slug = await suspendedApp();

      const response = await jan.post(`/api/v1/apps/${slug}/reinstatements`, {});

      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toEqual(['reason']);
      expect((await fetch(`${server.url}/api/v1/apps/${slug}`)).status).toBe(404);
    });

    it('answers 400 naming publicReason.nl when the public reason is too short', async () => {
      const slug = await suspendedApp();

      const response = await jan.post(`/api/v1/apps/${slug}/reinstatements`, {
        reason: 'Opgelost.',
        publicReason: { nl: 'Kort' },
      });

      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toEqual(['publicReason.nl']);
    });

    it('answers 409 not-suspended for a live app', async () => {
      const { slug } = await liveApp(vendor, [jan, lotte], server.services.criteria);

      const response = await jan.post(`/api/v1/apps/${slug}/reinstatements`, { reason: 'Per ongeluk.' });

      const problem = await expectProblem(response, 409);
      expect(problem.code).toBe('not-suspended');
    });
  });
});
