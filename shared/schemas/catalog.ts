import { z } from 'zod';
import { APP_LIST_QUERY } from '../app-list-query.ts';
import { AssuranceLevelSchema } from './assurance.ts';
import { LocalizedTextSchema, MunicipalityCodeSchema, pageOf, SlugSchema } from './common.ts';
import { CriterionGroupSchema } from './criteria.ts';
import { CategoryIdSchema, ListingDraftSchema } from './listing.ts';

/** Query of GET /api/v1/apps. Unknown keys (including operator-shaped ones) are refused. */
export const AppListQuerySchema = z.strictObject({
  q: z.string().trim().max(APP_LIST_QUERY.qMaxLength).optional(),
  category: CategoryIdSchema.optional(),
  municipality: MunicipalityCodeSchema.optional(),
  page: z.coerce.number().int().min(1).max(APP_LIST_QUERY.maxPage).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(APP_LIST_QUERY.maxPageSize)
    .default(APP_LIST_QUERY.defaultPageSize),
});
export type AppListQuery = z.infer<typeof AppListQuerySchema>;

export const SlugParamsSchema = z.strictObject({ slug: SlugSchema });

export const VendorRefSchema = z.object({ id: z.string(), name: z.string() });

export const AppSummarySchema = z.object({
  slug: SlugSchema,
  name: z.string(),
  tagline: LocalizedTextSchema,
  categories: z.array(CategoryIdSchema),
  icon: z.string().optional(),
  vendor: VendorRefSchema,
  cost: ListingDraftSchema.shape.cost,
  languages: ListingDraftSchema.shape.languages,
});
export type AppSummary = z.infer<typeof AppSummarySchema>;

export const AppListSchema = pageOf(AppSummarySchema);
export type AppList = z.infer<typeof AppListSchema>;

/** The public vetting result: what was checked and the outcome, without reviewer names. */
export const VettingResultSchema = z.object({
  version: z.number().int().positive(),
  approvedAt: z.iso.datetime(),
  criteria: z.array(
    z.object({
      id: z.string(),
      group: CriterionGroupSchema,
      title: LocalizedTextSchema,
      outcome: z.enum(['pass', 'not-applicable']),
    }),
  ),
});
export type VettingResult = z.infer<typeof VettingResultSchema>;

export const AppDetailSchema = AppSummarySchema.extend({
  description: LocalizedTextSchema,
  website: z.string(),
  claims: ListingDraftSchema.shape.claims,
  privacyStatementUrl: z.string(),
  accessibility: ListingDraftSchema.shape.accessibility,
  support: ListingDraftSchema.shape.support,
  screenshots: ListingDraftSchema.shape.screenshots,
  vetting: VettingResultSchema,
  /** CBS codes of the municipalities that offer this app. */
  offeredBy: z.array(MunicipalityCodeSchema),
  /** The lowest DigiD level to open the app with (reviewed); absent when any sign-in will do. */
  minimumAssurance: AssuranceLevelSchema.optional(),
});
export type AppDetail = z.infer<typeof AppDetailSchema>;

export const CategorySchema = z.object({
  id: CategoryIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  appCount: z.number().int().nonnegative(),
});
export type Category = z.infer<typeof CategorySchema>;
