import { type ListingDraft, ListingDraftSchema } from '../../../../shared/schemas/listing.ts';
import {
  type VendorListingDetail,
  VendorListingDetailSchema,
  type VendorListingSummary,
  VendorListingSummarySchema,
} from '../../../../shared/schemas/vendor.ts';

/** A complete, valid draft: the shape of a seed listing in catalog/. */
export function buildListingDraft(overrides: Partial<ListingDraft> = {}): ListingDraft {
  return ListingDraftSchema.parse({
    name: 'BudgetCoach',
    tagline: { nl: 'Houd grip op je geld.', en: 'Keep a grip on your money.' },
    description: {
      nl: 'Met BudgetCoach zie je wat je uitgeeft.',
      en: 'With BudgetCoach you see what you spend.',
    },
    categories: ['geld-en-schulden'],
    website: 'https://geldfit.example/budgetcoach',
    claims: [
      {
        claim: 'given_name',
        reason: { nl: 'We spreken je aan met je voornaam.', en: 'We call you by your first name.' },
        required: true,
      },
    ],
    privacyStatementUrl: 'https://geldfit.example/privacy',
    accessibility: { statementUrl: 'https://geldfit.example/toegankelijkheid', status: 'A' },
    languages: ['nl', 'en'],
    support: { email: 'hulp@geldfit.example' },
    cost: { model: 'free' },
    screenshots: [],
    launch: {
      initiateLoginUri: 'https://geldfit.example/login',
      redirectUris: ['https://geldfit.example/callback'],
      idTokenSignedResponseAlg: 'RS256',
    },
    ...overrides,
  });
}

export function buildListingSummary(overrides: Partial<VendorListingSummary> = {}): VendorListingSummary {
  return VendorListingSummarySchema.parse({
    id: 'lst-1',
    slug: 'budgetcoach',
    name: 'BudgetCoach',
    status: 'live',
    organisationId: 'org-geldfit',
    clientId: 'client-budgetcoach',
    liveVersion: 1,
    latestVersion: { id: 'ver-2', number: 2, status: 'changes_requested' },
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  });
}

export function buildListingDetail(overrides: Partial<VendorListingDetail> = {}): VendorListingDetail {
  return VendorListingDetailSchema.parse({
    ...buildListingSummary(),
    draft: buildListingDraft(),
    hasClientSecret: true,
    suspension: null,
    versions: [
      {
        id: 'ver-1',
        number: 1,
        status: 'approved',
        submittedAt: '2026-01-02T09:00:00.000Z',
        approvals: 2,
        feedback: [{ decision: 'approve', comment: '', at: '2026-01-05T09:00:00.000Z' }],
        timeline: [
          { status: 'submitted', at: '2026-01-02T09:00:00.000Z' },
          { status: 'approved', at: '2026-01-05T09:00:00.000Z' },
        ],
        isLive: true,
      },
      {
        id: 'ver-2',
        number: 2,
        status: 'changes_requested',
        submittedAt: '2026-01-20T09:00:00.000Z',
        approvals: 0,
        feedback: [
          {
            decision: 'request_changes',
            comment: 'Leg beter uit waarom de app je voornaam nodig heeft.',
            at: '2026-01-22T09:00:00.000Z',
          },
        ],
        timeline: [
          { status: 'submitted', at: '2026-01-20T09:00:00.000Z' },
          { status: 'in_review', at: '2026-01-21T09:00:00.000Z' },
          { status: 'changes_requested', at: '2026-01-22T09:00:00.000Z' },
        ],
        isLive: false,
      },
    ],
    ...overrides,
  });
}
