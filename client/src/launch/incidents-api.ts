import type { ResidentIncidentNotice, ResidentIncidentNotices } from '../../../shared/schemas/incident.ts';
import { requestTyped } from '../lib/api-problem.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

/** Incidents of the apps the signed-in resident uses (issue 12): shown in "Mijn apps". */
export async function fetchIncidentNotices(signal?: AbortSignal): Promise<ResidentIncidentNotice[]> {
  return (await requestTyped<ResidentIncidentNotices>('GET', '/api/v1/me/incident-notices', { signal }))
    .items;
}
