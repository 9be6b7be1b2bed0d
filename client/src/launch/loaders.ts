import type { LoaderFunctionArgs } from 'react-router';
import type { AppDetail } from '../../../shared/schemas/catalog.ts';
import { fetchApp } from '../catalog/api.ts';

/** The app a resident gives consent to; an unknown app (404) shows the not-found page. */
export function consentLoader({ params, request }: LoaderFunctionArgs): Promise<AppDetail> {
  return fetchApp(params.slug ?? '', request.signal);
}
