import type { PublicEvidence, PublicEvidenceAnswer } from '../../../shared/schemas/evidence.ts';
import { requestTyped, segment } from '../lib/api-problem.ts';

/** Per criterion of a live app: what was checked and until when (issue 12). */
// Typed by the shared schema, not parsed again in the browser (docs/decisions/121).
export async function fetchAppEvidence(slug: string, signal?: AbortSignal): Promise<PublicEvidence> {
  const answer = await requestTyped<PublicEvidenceAnswer>('GET', `/api/v1/apps/${segment(slug)}/evidence`, {
    signal,
  });
  return answer.items;
}
