import {
  type AppRequestStatus,
  AppRequestStatusSchema,
  type MunicipalityCatalog,
  MunicipalityCatalogSchema,
} from '../../../shared/schemas/app-request.ts';
import { requestJson, requestVoid, segment } from '../lib/api-problem.ts';

/** The apps a municipality's residents can open now: public, the same set the filter shows. */
export function fetchMunicipalityCatalog(code: string, signal?: AbortSignal): Promise<MunicipalityCatalog> {
  return requestJson('GET', `/api/v1/municipalities/${segment(code)}/catalog`, MunicipalityCatalogSchema, {
    signal,
  });
}

/** Whether the signed-in resident asked their municipality for this app. */
export function fetchAppRequest(slug: string, signal?: AbortSignal): Promise<AppRequestStatus> {
  return requestJson('GET', `/api/v1/me/app-requests/${segment(slug)}`, AppRequestStatusSchema, { signal });
}

export function requestApp(slug: string): Promise<AppRequestStatus> {
  return requestJson('PUT', `/api/v1/me/app-requests/${segment(slug)}`, AppRequestStatusSchema);
}

export function withdrawAppRequest(slug: string): Promise<void> {
  return requestVoid('DELETE', `/api/v1/me/app-requests/${segment(slug)}`);
}
