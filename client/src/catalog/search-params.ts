import { APP_LIST_QUERY } from '../../../shared/app-list-query.ts';
import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories.ts';
import { isMunicipalityCode } from '../../../shared/municipality-code.ts';
import type { AppSearch } from './api.ts';

/** In the URL, `municipality=all` means "Alle gemeenten" was chosen on purpose. */
export const ALL_MUNICIPALITIES = 'all';

/**
 * Reads the filters from the results page URL. A value the API would refuse (a typo in a
 * shared link, an old category) is left out rather than turning the page into an error.
 * The same rules as AppListQuerySchema, on the same bounds, without loading zod
 * (docs/decisions/121); search-params.test.ts checks they agree.
 */
export function readAppSearch(params: URLSearchParams): AppSearch {
  const q = params.get('q')?.trim();
  const category = params.get('category');
  const municipality = params.get('municipality');
  const page = params.has('page') ? Number(params.get('page')) : 1;
  return {
    q: q && [...q].length <= APP_LIST_QUERY.qMaxLength ? q : undefined,
    category: isCategoryId(category) ? category : undefined,
    municipality: isMunicipalityCode(municipality) ? municipality : undefined,
    page: Number.isSafeInteger(page) && page >= 1 && page <= APP_LIST_QUERY.maxPage ? page : 1,
  };
}

function isCategoryId(value: string | null): value is CategoryId {
  return (CATEGORY_IDS as readonly (string | null)[]).includes(value);
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
