import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

export const IncidentSeveritySchema = z.enum(['low', 'medium', 'high']);
export type IncidentSeverity = z.infer<typeof IncidentSeveritySchema>;

/** A text residents read: B1 Dutch and English, short. */
const ResidentTextSchema = z.strictObject({
  nl: z.string().trim().min(5).max(2000),
  en: z.string().trim().min(5).max(2000),
});

/** What a reviewer or municipality admin reports (issue 12 part 3). */
export const IncidentInputSchema = z.strictObject({
  what: ResidentTextSchema,
  /** What it means for residents' data. */
  dataImpact: ResidentTextSchema,
  /** What residents should do. */
  advice: ResidentTextSchema,
  since: z.iso.date(),
  severity: IncidentSeveritySchema,
});
export type IncidentInput = z.input<typeof IncidentInputSchema>;

export const IncidentResponseInputSchema = z.strictObject({ message: z.string().trim().min(2).max(4000) });
export const IncidentClosureInputSchema = z.strictObject({ publicSummary: ResidentTextSchema });
export const IncidentIdParamsSchema = z.strictObject({ incidentId: IdSchema });
export const IncidentListQuerySchema = z.strictObject({ status: z.enum(['open', 'closed']).optional() });

const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

/** An incident as staff and the vendor see it. */
export const IncidentSchema = z.object({
  id: z.string(),
  slug: z.string(),
  appName: z.string(),
  status: z.enum(['open', 'closed']),
  severity: IncidentSeveritySchema,
  what: LocalizedTextSchema,
  dataImpact: LocalizedTextSchema,
  advice: LocalizedTextSchema,
  since: z.iso.date(),
  reportedAt: z.iso.datetime(),
  reportedBy: PersonRefSchema,
  suspended: z.boolean(),
  responses: z.array(
    z.object({ at: z.iso.datetime(), by: PersonRefSchema, role: z.string(), message: z.string() }),
  ),
  closedAt: z.iso.datetime().nullable(),
  publicSummary: LocalizedTextSchema.nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** What a resident who uses the app sees in "Mijn apps": no names of staff. */
export const ResidentIncidentNoticeSchema = z.object({
  id: z.string(),
  slug: z.string(),
  appName: z.string(),
  status: z.enum(['open', 'closed']),
  severity: IncidentSeveritySchema,
  what: LocalizedTextSchema,
  dataImpact: LocalizedTextSchema,
  advice: LocalizedTextSchema,
  since: z.iso.date(),
  reportedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  publicSummary: LocalizedTextSchema.nullable(),
});
export type ResidentIncidentNotice = z.infer<typeof ResidentIncidentNoticeSchema>;

/** The answer of GET /me/incident-notices. */
export const ResidentIncidentNoticesSchema = z.object({ items: z.array(ResidentIncidentNoticeSchema) });
export type ResidentIncidentNotices = z.infer<typeof ResidentIncidentNoticesSchema>;

/** A closed incident, public: for the app page and the decision register (issue 13). */
export const ClosedIncidentSchema = z.object({
  id: z.string(),
  slug: z.string(),
  appName: z.string(),
  severity: IncidentSeveritySchema,
  since: z.iso.date(),
  reportedAt: z.iso.datetime(),
  closedAt: z.iso.datetime(),
  publicSummary: LocalizedTextSchema,
});
export type ClosedIncident = z.infer<typeof ClosedIncidentSchema>;
