import { z } from 'zod';
import { MunicipalityCodeSchema, SlugSchema } from './common.ts';

/**
 * A resident's own request that their municipality offer an app (issue 11): whether they asked,
 * and whether the municipality offers it already. Only the resident it belongs to reads it.
 */
export const AppRequestStatusSchema = z.object({
  slug: SlugSchema,
  municipality: MunicipalityCodeSchema,
  requested: z.boolean(),
  offered: z.boolean(),
});
export type AppRequestStatus = z.infer<typeof AppRequestStatusSchema>;

/**
 * What a municipality's administrators see: per live app it does not offer, how many of its
 * residents asked for it. Counts only, never who (docs/decisions/105).
 */
export const AppRequestCountsSchema = z.object({
  code: MunicipalityCodeSchema,
  items: z.array(z.object({ slug: SlugSchema, residents: z.number().int().positive() })),
});
export type AppRequestCounts = z.infer<typeof AppRequestCountsSchema>;

/** The apps a municipality's residents can open now: live, offered, and its own conditions met. */
export const MunicipalityCatalogSchema = z.object({
  code: MunicipalityCodeSchema,
  slugs: z.array(SlugSchema),
});
export type MunicipalityCatalog = z.infer<typeof MunicipalityCatalogSchema>;
