import { z } from 'zod';
import { type Municipality, MunicipalitySchema } from '../../../shared/schemas/municipality.ts';
import { getJson } from '../lib/http.ts';

const MunicipalityListSchema = z.array(MunicipalitySchema);

export function fetchMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  return getJson('/api/v1/municipalities', MunicipalityListSchema, signal);
}
