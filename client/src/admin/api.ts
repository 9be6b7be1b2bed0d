import type { z } from 'zod';
import { type AppRequestCounts, AppRequestCountsSchema } from '../../../shared/schemas/app-request.ts';
import { AppListSchema, type AppSummary } from '../../../shared/schemas/catalog.ts';
import {
  MunicipalityOffersSchema,
  MunicipalityUsageSchema,
} from '../../../shared/schemas/municipality-admin.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

export type MunicipalityOffers = z.infer<typeof MunicipalityOffersSchema>;
export type MunicipalityUsage = z.infer<typeof MunicipalityUsageSchema>;

/** Launch counts per offered app and week; counts only, no resident data. */
export function fetchUsage(code: string, signal?: AbortSignal): Promise<MunicipalityUsage> {
  return requestJson('GET', `/api/v1/municipalities/${segment(code)}/usage`, MunicipalityUsageSchema, {
    signal,
  });
}

/** How many residents asked for each app the municipality does not offer; counts only. */
export function fetchAppRequestCounts(code: string, signal?: AbortSignal): Promise<AppRequestCounts> {
  return requestJson('GET', `/api/v1/municipalities/${segment(code)}/app-requests`, AppRequestCountsSchema, {
    signal,
  });
}

const PAGE_SIZE = 100;

export function fetchOffers(code: string, signal?: AbortSignal): Promise<MunicipalityOffers> {
  return requestJson('GET', `/api/v1/municipalities/${segment(code)}/apps`, MunicipalityOffersSchema, {
    signal,
  });
}

/** Every live app. 100 is the API's largest page; more pages are fetched when there are more. */
export async function fetchLiveApps(signal?: AbortSignal): Promise<AppSummary[]> {
  const first = await requestJson('GET', `/api/v1/apps?pageSize=${PAGE_SIZE}`, AppListSchema, { signal });
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const items = [...first.items];
  for (let page = 2; page <= pages; page += 1) {
    const next = await requestJson('GET', `/api/v1/apps?pageSize=${PAGE_SIZE}&page=${page}`, AppListSchema, {
      signal,
    });
    items.push(...next.items);
  }
  return items;
}

export function offerApp(code: string, slug: string): Promise<void> {
  return requestVoid('PUT', `/api/v1/municipalities/${segment(code)}/apps/${segment(slug)}`);
}

export function stopOffering(code: string, slug: string): Promise<void> {
  return requestVoid('DELETE', `/api/v1/municipalities/${segment(code)}/apps/${segment(slug)}`);
}
