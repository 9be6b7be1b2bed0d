import { z } from 'zod';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import {
  AssessmentSchema,
  DecisionSchema,
  ReinstatementSchema,
  ReviewDetailSchema,
  ReviewQueueItemSchema,
  ReviewQueueQuerySchema,
  SuspensionSchema,
  VersionIdParamsSchema,
} from '../../shared/schemas/review.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { ReviewService } from './review.service.ts';
import type { SuspensionService } from './suspension.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not a reviewer, or not allowed for this version' },
  404: { description: 'No such version' },
  409: { description: 'Not allowed in this state, or changed meanwhile' },
};

export function reviewRoutes(review: ReviewService, suspensions: SuspensionService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/reviews',
      operationId: 'listReviewQueue',
      description:
        'Reviewers only. Submitted versions by status (by default those waiting for a reviewer), oldest submission first.',
      summary: 'The review queue, by status (default: waiting for reviewers)',
      tag: 'review',
      auth: 'session',
      query: ReviewQueueQuerySchema,
      responses: {
        200: { description: 'Queue', schema: z.array(ReviewQueueItemSchema) },
        400: problems[400],
        403: problems[403],
      },
      handler: async ({ res, query }) => ({
        status: 200,
        body: await review.queue(requireUser(res), query.status),
      }),
    }),
    route({
      method: 'get',
      path: '/reviews/:versionId',
      operationId: 'getReview',
      description:
        'Reviewers only. The submitted content compared with the live version, every assessment and decision, and the audit trail of the version.',
      summary: 'A submitted version with its assessments and decisions',
      tag: 'review',
      auth: 'session',
      params: VersionIdParamsSchema,
      responses: { 200: { description: 'The version', schema: ReviewDetailSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await review.get(requireUser(res), params.versionId),
      }),
    }),
    route({
      method: 'post',
      path: '/reviews/:versionId/claim',
      operationId: 'claimReview',
      description:
        "Reviewers only. Marks the version as being reviewed by this reviewer. Nobody from the vendor's organisation may claim it; a version already decided gives 409.",
      summary: 'Claim a version to review it',
      tag: 'review',
      auth: 'session',
      params: VersionIdParamsSchema,
      responses: { 200: { description: 'Claimed', schema: ReviewDetailSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await review.claim(requireUser(res), params.versionId),
      }),
    }),
    route({
      method: 'put',
      path: '/reviews/:versionId/assessment',
      operationId: 'saveAssessment',
      description:
        'Reviewers who claimed the version only. Stores a verdict (pass, fail, not applicable) and a note per criterion; unknown criteria are refused.',
      summary: "Save the reviewer's verdict and note per criterion",
      tag: 'review',
      auth: 'session',
      params: VersionIdParamsSchema,
      body: AssessmentSchema,
      responses: { 200: { description: 'Saved', schema: ReviewDetailSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await review.assess(requireUser(res), params.versionId, body.criteria),
      }),
    }),
    route({
      method: 'post',
      path: '/reviews/:versionId/decisions',
      operationId: 'decideReview',
      description:
        'Reviewers only. Approval needs two different reviewers and every required criterion passed; the second approval publishes the version. Of two racing decisions exactly one wins; the other gets 409.',
      summary: 'Approve, request changes or reject (a reason is required for the last two)',
      tag: 'review',
      auth: 'session',
      params: VersionIdParamsSchema,
      body: DecisionSchema,
      responses: { 200: { description: 'Decided', schema: ReviewDetailSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await review.decide(requireUser(res), params.versionId, body),
      }),
    }),
    route({
      method: 'get',
      path: '/suspensions',
      operationId: 'listSuspensions',
      description: 'Reviewers only. Apps taken off the catalog, with who suspended them, when and why.',
      summary: 'Suspended apps, with the reason',
      tag: 'review',
      auth: 'session',
      responses: {
        200: {
          description: 'Suspended apps',
          schema: z.array(
            z.object({ slug: z.string(), name: z.string(), reason: z.string(), at: z.iso.datetime() }),
          ),
        },
        403: problems[403],
      },
      handler: async ({ res }) => ({ status: 200, body: await suspensions.listSuspended(requireUser(res)) }),
    }),
    route({
      method: 'post',
      path: '/apps/:slug/suspension',
      operationId: 'suspendApp',
      description:
        'Reviewers only. Takes a live app off the catalog at once: launches and sign-ins into it are refused from this moment. The reason is recorded in the audit trail.',
      summary: 'Suspend a live app at once, with a reason',
      tag: 'review',
      auth: 'session',
      params: SlugParamsSchema,
      body: SuspensionSchema,
      responses: { 204: { description: 'Suspended' }, ...problems },
      handler: async ({ res, params, body }) => {
        await suspensions.suspend(requireUser(res), params.slug, body.reason, body.publicReason);
        return undefined;
      },
    }),
    route({
      method: 'delete',
      path: '/apps/:slug/suspension',
      operationId: 'reinstateApp',
      description:
        'Reviewers only. Puts a suspended app back in the catalog; launches work again. Kept for older clients: it records no reason. Prefer POST /apps/{slug}/reinstatements.',
      summary: 'Reinstate a suspended app (without a reason; prefer POST .../reinstatements)',
      tag: 'review',
      auth: 'session',
      params: SlugParamsSchema,
      responses: { 204: { description: 'Reinstated' }, ...problems },
      handler: async ({ res, params }) => {
        await suspensions.reinstate(requireUser(res), params.slug);
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/apps/:slug/reinstatements',
      operationId: 'reinstateAppWithReason',
      description:
        'Reviewers only. Puts a suspended app back in the catalog, with an internal reason for the audit trail and, optionally, a public reason for the decision register (without one, the register shows its standard text).',
      summary: 'Reinstate a suspended app, with a reason',
      tag: 'review',
      auth: 'session',
      params: SlugParamsSchema,
      body: ReinstatementSchema,
      responses: { 204: { description: 'Reinstated' }, ...problems },
      handler: async ({ res, params, body }) => {
        await suspensions.reinstate(requireUser(res), params.slug, {
          reason: body.reason,
          ...(body.publicReason ? { publicReason: body.publicReason } : {}),
        });
        return undefined;
      },
    }),
  ];
}
