import { AppListQuerySchema } from '../../../shared/schemas/catalog.ts';
import type { AppSearch } from './api.ts';

/** In the URL, `municipality=all` means "Alle gemeenten" was chosen on purpose. */
export const ALL_MUNICIPALITIES = 'all';

const fields = AppListQuerySchema.shape;

/**
 * Reads the filters from the results page URL. A value the API would refuse (a typo in a
 * shared link, an old category) is left out rather than turning the page into an error.
 */
export function readAppSearch(params: URLSearchParams): AppSearch {
  const q = fields.q.safeParse(params.get('q') ?? undefined);
  const category = fields.category.safeParse(params.get('category') ?? undefined);
  const municipality = fields.municipality.safeParse(params.get('municipality') ?? undefined);
  const page = fields.page.safeParse(params.get('page') ?? undefined);
  return {
    q: q.success && q.data ? q.data : undefined,
    category: category.success ? category.data : undefined,
    municipality: municipality.success ? municipality.data : undefined,
    page: page.success ? page.data : 1,
  };
}

/** A results page URL for the given filters, leaving out what is not set. */
export function resultsHref(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return query ? `/apps?${query}` : '/apps';
}
