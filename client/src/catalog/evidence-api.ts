import { z } from 'zod';
import { type PublicEvidence, PublicEvidenceSchema } from '../../../shared/schemas/evidence.ts';
import { requestJson, segment } from '../lib/api-problem.ts';

const AnswerSchema = z.object({ items: PublicEvidenceSchema });

/** Per criterion of a live app: what was checked and until when (issue 12). */
export async function fetchAppEvidence(slug: string, signal?: AbortSignal): Promise<PublicEvidence> {
  return (await requestJson('GET', `/api/v1/apps/${segment(slug)}/evidence`, AnswerSchema, { signal })).items;
}
