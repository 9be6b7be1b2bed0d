import { z } from 'zod';
import type { LocalizedText } from '../../../shared/schemas/common.ts';
import { type Incident, type IncidentInput, IncidentSchema } from '../../../shared/schemas/incident.ts';
import { requestJson, segment } from '../lib/api-problem.ts';

const ListSchema = z.object({ items: z.array(IncidentSchema) });

export async function fetchIncidents(signal?: AbortSignal): Promise<Incident[]> {
  return (await requestJson('GET', '/api/v1/incidents', ListSchema, { signal })).items;
}

export function fetchIncident(id: string, signal?: AbortSignal): Promise<Incident> {
  return requestJson('GET', `/api/v1/incidents/${segment(id)}`, IncidentSchema, { signal });
}

export function reportIncident(slug: string, input: IncidentInput): Promise<Incident> {
  return requestJson('POST', `/api/v1/apps/${segment(slug)}/incidents`, IncidentSchema, { body: input });
}

export function respondToIncident(id: string, message: string): Promise<Incident> {
  return requestJson('POST', `/api/v1/incidents/${segment(id)}/responses`, IncidentSchema, {
    body: { message },
  });
}

export function closeIncident(id: string, publicSummary: LocalizedText): Promise<Incident> {
  return requestJson('POST', `/api/v1/incidents/${segment(id)}/closure`, IncidentSchema, {
    body: { publicSummary },
  });
}
