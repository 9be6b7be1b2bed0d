import type { z } from 'zod';
import type { ClaimId } from '../../../shared/claims.ts';
import type {
  Consent,
  ConsentHistory,
  ConsentHistoryEntry,
  ConsentUpdateSchema,
  LaunchResponse,
} from '../../../shared/schemas/launch.ts';
import { requestTyped, requestVoid, segment } from '../lib/api-problem.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

/** The signed-in resident's consents: what each app may receive and what it received last. */
export function fetchConsents(signal?: AbortSignal): Promise<Consent[]> {
  return requestTyped('GET', '/api/v1/me/consents', { signal });
}

/** The resident's own consents given and revoked, newest first; staff never see these. */
export async function fetchConsentHistory(signal?: AbortSignal): Promise<ConsentHistoryEntry[]> {
  const history = await requestTyped<ConsentHistory>('GET', '/api/v1/me/consent-history', { signal });
  return history.items;
}

/** Agrees to share exactly these claims with the app (required ones included). */
export function saveConsent(slug: string, claims: ClaimId[]): Promise<Consent> {
  const body: z.input<typeof ConsentUpdateSchema> = { claims };
  return requestTyped('PUT', `/api/v1/me/consents/${segment(slug)}`, { body });
}

export function revokeConsent(slug: string): Promise<void> {
  return requestVoid('DELETE', `/api/v1/me/consents/${segment(slug)}`);
}

/** Asks for a single-use login hint and where to send the browser with it. */
export function startLaunch(slug: string): Promise<LaunchResponse> {
  return requestTyped('POST', `/api/v1/apps/${segment(slug)}/launches`);
}
