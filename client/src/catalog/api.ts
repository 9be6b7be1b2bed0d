import type { AppDetail, AppList, AppListQuery, Category } from '../../../shared/schemas/catalog.ts';
import { getTyped, toQuery } from '../lib/http.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

export type AppSearch = Partial<AppListQuery>;

export function fetchApps(search: AppSearch, signal?: AbortSignal): Promise<AppList> {
  const query = toQuery({
    q: search.q,
    category: search.category,
    municipality: search.municipality,
    page: search.page,
    pageSize: search.pageSize,
  });
  return getTyped(`/api/v1/apps${query}`, signal);
}

export function fetchApp(slug: string, signal?: AbortSignal): Promise<AppDetail> {
  return getTyped(`/api/v1/apps/${encodeURIComponent(slug)}`, signal);
}

export function fetchCategories(signal?: AbortSignal): Promise<Category[]> {
  return getTyped('/api/v1/categories', signal);
}
