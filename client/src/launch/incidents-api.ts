import { z } from 'zod';
import {
  type ResidentIncidentNotice,
  ResidentIncidentNoticeSchema,
} from '../../../shared/schemas/incident.ts';
import { requestJson } from '../lib/api-problem.ts';

const NoticesSchema = z.object({ items: z.array(ResidentIncidentNoticeSchema) });

/** Incidents of the apps the signed-in resident uses (issue 12): shown in "Mijn apps". */
export async function fetchIncidentNotices(signal?: AbortSignal): Promise<ResidentIncidentNotice[]> {
  return (await requestJson('GET', '/api/v1/me/incident-notices', NoticesSchema, { signal })).items;
}
