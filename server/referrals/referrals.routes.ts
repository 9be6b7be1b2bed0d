import { z } from 'zod';
import {
  OpenedReferralSchema,
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralOpenSchema,
  ReferralSchema,
} from '../../shared/schemas/referral.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { type RateLimiter, rateLimitByAddress } from '../http/rate-limit.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { ReferralsService } from './referrals.service.ts';

export function referralsRoutes(referrals: ReferralsService, opensLimiter: RateLimiter): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/referrals',
      operationId: 'createReferral',
      summary: 'A professional refers a resident to an app (a link and QR code, shown once)',
      description:
        'Professionals of the municipality only. Refers a resident to an offered app with a link and QR code that is shown once and not stored readable.',
      tag: 'referrals',
      auth: 'session',
      body: ReferralInputSchema,
      responses: {
        201: { description: 'Created', schema: ReferralCreatedSchema },
        400: { description: 'Invalid input' },
        403: { description: 'Not a professional of this municipality' },
        404: { description: 'The municipality does not offer this app (now)' },
      },
      handler: async ({ res, body }) => ({
        status: 201,
        body: await referrals.create(requireUser(res), body),
      }),
    }),
    route({
      method: 'get',
      path: '/referrals',
      operationId: 'listReferrals',
      summary: "The professional's own referrals and whether each link was opened",
      description:
        'Professionals only, for themselves. Their own referrals and whether each link was opened; nothing about the resident.',
      tag: 'referrals',
      auth: 'session',
      responses: {
        200: { description: 'Referrals', schema: z.object({ items: z.array(ReferralSchema) }) },
        403: { description: 'Not a professional' },
      },
      handler: async ({ res }) => ({ status: 200, body: { items: await referrals.list(requireUser(res)) } }),
    }),
    route({
      method: 'post',
      path: '/referral-openings',
      operationId: 'openReferral',
      summary: 'Open a referral link (the code from its fragment); answers the app and the note',
      description:
        "Public. Opens a referral link with the code from its fragment, and answers which app it points to and the professional's note.",
      tag: 'referrals',
      auth: 'public',
      body: ReferralOpenSchema,
      before: [rateLimitByAddress(opensLimiter)],
      responses: {
        200: { description: 'The referral', schema: OpenedReferralSchema },
        400: { description: 'Invalid input' },
        404: { description: 'Unknown or expired link' },
        429: { description: 'Too many attempts' },
      },
      handler: async ({ body }) => ({ status: 200, body: await referrals.open(body.code) }),
    }),
  ];
}
