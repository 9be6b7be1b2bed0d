import type { Municipality } from '../../../shared/schemas/municipality.ts';
import { getTyped } from '../lib/http.ts';

// Typed by the shared schemas, not parsed again in the browser (docs/decisions/121).

export function fetchMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  return getTyped('/api/v1/municipalities', signal);
}
