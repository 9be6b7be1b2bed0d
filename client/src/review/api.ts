import { z } from 'zod';
import type { ReviewStatus } from '../../../shared/review-state.ts';
import { AuditEventSchema } from '../../../shared/schemas/audit.ts';
import { pageOf, SlugSchema } from '../../../shared/schemas/common.ts';
import { type Criterion, CriterionSchema } from '../../../shared/schemas/criteria.ts';
import {
  type AssessmentInput,
  type DecisionInput,
  type ReinstatementInput,
  type ReviewDetail,
  ReviewDetailSchema,
  type ReviewQueueItem,
  ReviewQueueItemSchema,
} from '../../../shared/schemas/review.ts';
import { type ReviewHistoryPage, ReviewHistoryPageSchema } from '../../../shared/schemas/review-history.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

const CriteriaSchema = z.array(CriterionSchema);
const QueueSchema = z.array(ReviewQueueItemSchema);

export const AuditPageSchema = pageOf(AuditEventSchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;

/**
 * GET /api/v1/suspensions. shared/schemas has no schema for this list yet, so it is described
 * here, as loosely as the contract in the brief: move it to shared/ when the server adds one.
 */
export const SuspendedAppSchema = z.object({
  slug: SlugSchema,
  name: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type SuspendedApp = z.infer<typeof SuspendedAppSchema>;

export function fetchCriteria(signal?: AbortSignal): Promise<Criterion[]> {
  return requestJson('GET', '/api/v1/criteria', CriteriaSchema, { signal });
}

export function fetchQueue(
  status: ReviewStatus | undefined,
  signal?: AbortSignal,
): Promise<ReviewQueueItem[]> {
  const query = status ? `?status=${encodeURIComponent(status)}` : '';
  return requestJson('GET', `/api/v1/reviews${query}`, QueueSchema, { signal });
}

export function fetchReview(versionId: string, signal?: AbortSignal): Promise<ReviewDetail> {
  return requestJson('GET', `/api/v1/reviews/${segment(versionId)}`, ReviewDetailSchema, { signal });
}

export function claimReview(versionId: string): Promise<ReviewDetail> {
  return requestJson('POST', `/api/v1/reviews/${segment(versionId)}/claim`, ReviewDetailSchema);
}

export function saveAssessment(versionId: string, assessment: AssessmentInput): Promise<ReviewDetail> {
  return requestJson('PUT', `/api/v1/reviews/${segment(versionId)}/assessment`, ReviewDetailSchema, {
    body: assessment,
  });
}

export function sendDecision(versionId: string, decision: DecisionInput): Promise<ReviewDetail> {
  return requestJson('POST', `/api/v1/reviews/${segment(versionId)}/decisions`, ReviewDetailSchema, {
    body: decision,
  });
}

export function fetchSuspensions(signal?: AbortSignal): Promise<SuspendedApp[]> {
  return requestJson('GET', '/api/v1/suspensions', z.array(SuspendedAppSchema), { signal });
}

export function suspendApp(slug: string, reason: string): Promise<void> {
  return requestVoid('POST', `/api/v1/apps/${segment(slug)}/suspension`, { body: { reason } });
}

/** Reinstates with a reason (issue 11): POST .../reinstatements, not the reasonless DELETE. */
export function reinstateApp(slug: string, body: ReinstatementInput): Promise<void> {
  return requestVoid('POST', `/api/v1/apps/${segment(slug)}/reinstatements`, { body });
}

export function fetchReviewHistory(query: URLSearchParams, signal?: AbortSignal): Promise<ReviewHistoryPage> {
  const search = query.toString();
  return requestJson(
    'GET',
    `/api/v1/review-decisions${search ? `?${search}` : ''}`,
    ReviewHistoryPageSchema,
    {
      signal,
    },
  );
}

export function fetchAudit(subject: string, page: number, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ subject, page: String(page) });
  return requestJson('GET', `/api/v1/audit?${query}`, AuditPageSchema, { signal });
}
