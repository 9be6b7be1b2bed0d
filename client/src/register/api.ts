import { z } from 'zod';
import {
  type Objection,
  type ObjectionInput,
  ObjectionSchema,
  type ObjectionVoteInput,
} from '../../../shared/schemas/objection.ts';
import {
  type DecisionList,
  type DecisionListQuery,
  DecisionListSchema,
  type PublicDecision,
  PublicDecisionSchema,
} from '../../../shared/schemas/register.ts';
import { requestJson } from '../lib/api-problem.ts';
import { getJson, toQuery } from '../lib/http.ts';

const ObjectionListSchema = z.object({ items: z.array(ObjectionSchema) });

export function fetchDecisions(
  query: Partial<DecisionListQuery>,
  signal?: AbortSignal,
): Promise<DecisionList> {
  return getJson(`/api/v1/decisions${toQuery(query)}`, DecisionListSchema, signal);
}

export function fetchDecision(id: string, signal?: AbortSignal): Promise<PublicDecision> {
  return getJson(`/api/v1/decisions/${encodeURIComponent(id)}`, PublicDecisionSchema, signal);
}

export async function fetchObjections(
  query: { status?: 'open' | 'decided'; overdue?: 'true' },
  signal?: AbortSignal,
): Promise<Objection[]> {
  return (await requestJson('GET', `/api/v1/objections${toQuery(query)}`, ObjectionListSchema, { signal }))
    .items;
}

export function fileObjection(decisionId: string, body: ObjectionInput): Promise<Objection> {
  return requestJson(
    'POST',
    `/api/v1/decisions/${encodeURIComponent(decisionId)}/objections`,
    ObjectionSchema,
    {
      body,
    },
  );
}

export function claimObjection(id: string): Promise<Objection> {
  return requestJson('POST', `/api/v1/objections/${encodeURIComponent(id)}/claim`, ObjectionSchema);
}

export function voteOnObjection(id: string, body: ObjectionVoteInput): Promise<Objection> {
  return requestJson('POST', `/api/v1/objections/${encodeURIComponent(id)}/votes`, ObjectionSchema, { body });
}

export function extendObjection(id: string, reason: string): Promise<Objection> {
  return requestJson('POST', `/api/v1/objections/${encodeURIComponent(id)}/extension`, ObjectionSchema, {
    body: { reason },
  });
}
