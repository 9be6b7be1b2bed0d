import { z } from 'zod';
import type { ClaimId } from '../../../shared/claims.ts';
import {
  type Consent,
  type ConsentHistoryEntry,
  ConsentHistorySchema,
  ConsentSchema,
  type ConsentUpdateSchema,
  type LaunchResponse,
  LaunchResponseSchema,
} from '../../../shared/schemas/launch.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

const ConsentListSchema = z.array(ConsentSchema);

/** The signed-in resident's consents: what each app may receive and what it received last. */
export function fetchConsents(signal?: AbortSignal): Promise<Consent[]> {
  return requestJson('GET', '/api/v1/me/consents', ConsentListSchema, { signal });
}

/** The resident's own consents given and revoked, newest first; staff never see these. */
export async function fetchConsentHistory(signal?: AbortSignal): Promise<ConsentHistoryEntry[]> {
  const history = await requestJson('GET', '/api/v1/me/consent-history', ConsentHistorySchema, { signal });
  return history.items;
}

/** Agrees to share exactly these claims with the app (required ones included). */
export function saveConsent(slug: string, claims: ClaimId[]): Promise<Consent> {
  const body: z.input<typeof ConsentUpdateSchema> = { claims };
  return requestJson('PUT', `/api/v1/me/consents/${segment(slug)}`, ConsentSchema, { body });
}

export function revokeConsent(slug: string): Promise<void> {
  return requestVoid('DELETE', `/api/v1/me/consents/${segment(slug)}`);
}

/** Asks for a single-use login hint and where to send the browser with it. */
export function startLaunch(slug: string): Promise<LaunchResponse> {
  return requestJson('POST', `/api/v1/apps/${segment(slug)}/launches`, LaunchResponseSchema);
}
