/**
 * The bounds of the catalog's list query (GET /api/v1/apps), without zod: AppListQuerySchema
 * (shared/schemas/catalog.ts) is built on them, and the storefront reads its results page URL
 * with them before any zod is loaded (client/src/catalog/search-params.ts, docs/decisions/121).
 * client/src/catalog/search-params.test.ts holds the two to the same answers.
 */
export const APP_LIST_QUERY = {
  /** In code points, as zod 4 counts a string's length. */
  qMaxLength: 200,
  maxPage: 10_000,
  maxPageSize: 100,
  defaultPageSize: 24,
} as const;
