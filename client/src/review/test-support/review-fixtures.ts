import { z } from 'zod';
import { type Criterion, CriterionSchema } from '../../../../shared/schemas/criteria.ts';
import {
  type ReviewDetail,
  ReviewDetailSchema,
  type ReviewQueueItem,
  ReviewQueueItemSchema,
} from '../../../../shared/schemas/review.ts';
import { buildListingDraft } from '../../listings/test-support/vendor-fixtures.ts';
import { type SuspendedApp, SuspendedAppSchema } from '../api.ts';

export function buildCriteria(): Criterion[] {
  return z.array(CriterionSchema).parse([
    {
      id: 'privacy-statement',
      group: 'privacy',
      title: { nl: 'Er is een duidelijke privacyverklaring', en: 'There is a clear privacy statement' },
      description: { nl: 'De verklaring is in B1-taal.', en: 'The statement is in plain language.' },
      required: true,
    },
    {
      id: 'claims-needed',
      group: 'data-minimisation',
      title: { nl: 'De app vraagt alleen wat nodig is', en: 'The app only asks for what it needs' },
      description: { nl: 'Elke claim heeft een goede reden.', en: 'Every claim has a good reason.' },
      required: true,
    },
    {
      id: 'care-evidence',
      group: 'evidence',
      title: { nl: 'Bewijs voor zorgapps', en: 'Evidence for care apps' },
      description: { nl: 'Alleen voor zorgapps.', en: 'Only for care apps.' },
      required: false,
    },
  ]);
}

export function buildQueueItem(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  return ReviewQueueItemSchema.parse({
    versionId: 'ver-2',
    listingId: 'lst-1',
    slug: 'budgetcoach',
    name: 'BudgetCoach',
    organisation: { id: 'org-geldfit', name: 'GeldFit' },
    number: 2,
    status: 'submitted',
    submittedAt: '2026-01-20T09:00:00.000Z',
    reviewers: [],
    reviewerIds: [],
    approvals: 0,
    revision: 3,
    mayReview: true,
    ...overrides,
  });
}

/** Version 2 of a live listing: it adds the email claim and changes the redirect URI. */
export function buildReviewDetail(overrides: Partial<ReviewDetail> = {}): ReviewDetail {
  const live = buildListingDraft();
  return ReviewDetailSchema.parse({
    ...buildQueueItem(),
    content: buildListingDraft({
      claims: [
        ...live.claims,
        {
          claim: 'email',
          reason: { nl: 'We sturen je een herinnering.', en: 'We send you a reminder.' },
          required: false,
        },
      ],
      launch: { ...live.launch, redirectUris: ['https://geldfit.example/callback-v2'] },
    }),
    liveContent: live,
    assessments: [],
    decisions: [],
    ...overrides,
  });
}

export function buildSuspendedApp(overrides: Partial<SuspendedApp> = {}): SuspendedApp {
  return SuspendedAppSchema.parse({
    slug: 'vacaturematcher',
    name: 'VacatureMatcher',
    reason: 'Datalek gemeld door de aanbieder.',
    at: '2026-02-03T08:00:00.000Z',
    ...overrides,
  });
}

export function emptyAuditPage() {
  return { items: [], total: 0, page: 1, pageSize: 50 };
}
