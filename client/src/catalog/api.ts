import { z } from 'zod';
import {
  type AppDetail,
  AppDetailSchema,
  type AppList,
  type AppListQuery,
  AppListSchema,
  type Category,
  CategorySchema,
} from '../../../shared/schemas/catalog.ts';
import { getJson, toQuery } from '../lib/http.ts';

const CategoryListSchema = z.array(CategorySchema);

export type AppSearch = Partial<AppListQuery>;

export function fetchApps(search: AppSearch, signal?: AbortSignal): Promise<AppList> {
  const query = toQuery({
    q: search.q,
    category: search.category,
    municipality: search.municipality,
    page: search.page,
    pageSize: search.pageSize,
  });
  return getJson(`/api/v1/apps${query}`, AppListSchema, signal);
}

export function fetchApp(slug: string, signal?: AbortSignal): Promise<AppDetail> {
  return getJson(`/api/v1/apps/${encodeURIComponent(slug)}`, AppDetailSchema, signal);
}

export function fetchCategories(signal?: AbortSignal): Promise<Category[]> {
  return getJson('/api/v1/categories', CategoryListSchema, signal);
}
