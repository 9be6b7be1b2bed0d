import { z } from 'zod';
import { MunicipalityCodeSchema, SlugSchema } from './common.ts';

export const ProvinceSchema = z.enum([
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
]);

/** A municipality as shipped in catalog/municipalities.json. */
export const SeedMunicipalitySchema = z.strictObject({
  code: MunicipalityCodeSchema,
  name: z.string().min(2).max(80),
  province: ProvinceSchema,
  /** Slugs of the listings this municipality offers its residents. */
  offers: z.array(SlugSchema),
});
export type SeedMunicipality = z.infer<typeof SeedMunicipalitySchema>;

export const MunicipalitySchema = z.object({
  code: MunicipalityCodeSchema,
  name: z.string(),
  province: ProvinceSchema,
  offeredApps: z.number().int().nonnegative(),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
