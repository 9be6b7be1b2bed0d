import type { LocalizedText } from '../../shared/schemas/common.ts';
import type { IncidentSeverity } from '../../shared/schemas/incident.ts';

interface PersonRef {
  id: string;
  name: string;
}

/** An incident on an app, as stored in `incidents`. */
export interface IncidentDoc {
  _id: string;
  listingId: string;
  slug: string;
  appName: string;
  organisationId: string;
  status: 'open' | 'closed';
  severity: IncidentSeverity;
  what: LocalizedText;
  dataImpact: LocalizedText;
  advice: LocalizedText;
  since: string;
  reportedAt: string;
  reportedBy: PersonRef;
  suspended: boolean;
  responses: { at: string; by: PersonRef; role: string; message: string }[];
  closedAt: string | null;
  closedBy: PersonRef | null;
  publicSummary: LocalizedText | null;
  /** False until everyone to tell has been told: a crash in between is finished by the scheduler. */
  notified: boolean;
  revision: number;
}

export const INCIDENTS = 'incidents';
export const INCIDENT_INDEXES = [{ field: 'listingId' }, { field: 'status' }, { field: 'notified' }];
