import { z } from 'zod';
import { MunicipalityCodeSchema, SlugSchema } from './common.ts';

export const OfferParamsSchema = z.strictObject({ code: MunicipalityCodeSchema, slug: SlugSchema });
export const MunicipalityParamsSchema = z.strictObject({ code: MunicipalityCodeSchema });

export const MunicipalityOffersSchema = z.object({
  code: MunicipalityCodeSchema,
  name: z.string(),
  offers: z.array(SlugSchema),
});
