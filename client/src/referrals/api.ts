import { z } from 'zod';
import {
  type OpenedReferral,
  OpenedReferralSchema,
  type Referral,
  type ReferralCreated,
  ReferralCreatedSchema,
  type ReferralInput,
  ReferralSchema,
} from '../../../shared/schemas/referral.ts';
import { requestJson } from '../lib/api-problem.ts';

export function createReferral(body: ReferralInput): Promise<ReferralCreated> {
  return requestJson('POST', '/api/v1/referrals', ReferralCreatedSchema, { body });
}

export async function fetchReferrals(signal?: AbortSignal): Promise<Referral[]> {
  return (
    await requestJson('GET', '/api/v1/referrals', z.object({ items: z.array(ReferralSchema) }), { signal })
  ).items;
}

/** Sends the code from the link's fragment in a body, so it never travels in a URL. */
export function openReferral(code: string): Promise<OpenedReferral> {
  return requestJson('POST', '/api/v1/referral-openings', OpenedReferralSchema, { body: { code } });
}
