import type { AppRequestStatus, MunicipalityCatalog } from '../../../shared/schemas/app-request.ts';
import { requestTyped, requestVoid, segment } from '../lib/api-problem.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

/** The apps a municipality's residents can open now: public, the same set the filter shows. */
export function fetchMunicipalityCatalog(code: string, signal?: AbortSignal): Promise<MunicipalityCatalog> {
  return requestTyped('GET', `/api/v1/municipalities/${segment(code)}/catalog`, { signal });
}

/** Whether the signed-in resident asked their municipality for this app. */
export function fetchAppRequest(slug: string, signal?: AbortSignal): Promise<AppRequestStatus> {
  return requestTyped('GET', `/api/v1/me/app-requests/${segment(slug)}`, { signal });
}

export function requestApp(slug: string): Promise<AppRequestStatus> {
  return requestTyped('PUT', `/api/v1/me/app-requests/${segment(slug)}`);
}

export function withdrawAppRequest(slug: string): Promise<void> {
  return requestVoid('DELETE', `/api/v1/me/app-requests/${segment(slug)}`);
}
