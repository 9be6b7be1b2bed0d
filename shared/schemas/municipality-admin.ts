import { z } from 'zod';
import { MunicipalityCodeSchema, SlugSchema } from './common.ts';

export const OfferParamsSchema = z.strictObject({ code: MunicipalityCodeSchema, slug: SlugSchema });
export const MunicipalityParamsSchema = z.strictObject({ code: MunicipalityCodeSchema });

export const MunicipalityOffersSchema = z.object({
  code: MunicipalityCodeSchema,
  name: z.string(),
  offers: z.array(SlugSchema),
});

/**
 * How often the municipality's residents opened each app, per week (oldest first): counts
 * only, never per resident (issue 11, municipality usage figures).
 */
export const MunicipalityUsageSchema = z.object({
  code: MunicipalityCodeSchema,
  weeks: z.array(z.iso.date()),
  apps: z.array(z.object({ slug: SlugSchema, launches: z.array(z.number().int().nonnegative()) })),
});
