import { z } from 'zod';
import { IdSchema } from './common.ts';

export const OrganisationSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2).max(120),
  kvk: z.string().regex(/^\d{8}$/, 'an 8-digit KvK number'),
  website: z.url(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
