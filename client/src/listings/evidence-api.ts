import { z } from 'zod';
import {
  EvidenceDocumentCreatedSchema,
  type EvidenceInput,
  type EvidenceItem,
  EvidenceItemSchema,
} from '../../../shared/schemas/evidence.ts';
import { ApiProblem, requestJson, requestVoid, segment } from '../lib/api-problem.ts';
import { readProblem } from '../lib/http.ts';

const ListSchema = z.object({ items: z.array(EvidenceItemSchema) });

export async function fetchEvidence(listingId: string, signal?: AbortSignal): Promise<EvidenceItem[]> {
  return (
    await requestJson('GET', `/api/v1/vendor/listings/${segment(listingId)}/evidence`, ListSchema, { signal })
  ).items;
}

/** Uploads the PDF as it is (application/pdf), not as JSON. */
export async function uploadEvidenceDocument(listingId: string, file: Blob): Promise<string> {
  const response = await fetch(
    new URL(`/api/v1/vendor/listings/${segment(listingId)}/evidence-documents`, window.location.origin),
    {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      body: file,
    },
  );
  if (!response.ok) throw new ApiProblem(response.status, await readProblem(response));
  return EvidenceDocumentCreatedSchema.parse(await response.json()).documentId;
}

export function addEvidence(listingId: string, input: EvidenceInput): Promise<EvidenceItem> {
  return requestJson('POST', `/api/v1/vendor/listings/${segment(listingId)}/evidence`, EvidenceItemSchema, {
    body: input,
  });
}

export function removeEvidence(listingId: string, evidenceId: string): Promise<void> {
  return requestVoid(
    'DELETE',
    `/api/v1/vendor/listings/${segment(listingId)}/evidence/${segment(evidenceId)}`,
  );
}
