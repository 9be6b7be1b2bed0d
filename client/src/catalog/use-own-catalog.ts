import { useResource } from '../lib/use-resource.ts';
import { fetchMunicipalityCatalog } from './resident-api.ts';
import type { OwnMunicipality } from './use-own-municipality.ts';

/**
 * The slugs the resident's own municipality offers, to mark cards in a list that is not
 * filtered. One small public request per municipality; the list answers stay the same for
 * everyone, so their caching holds (docs/decisions/106). Null while loading or without one.
 */
export function useOwnCatalog(own: OwnMunicipality | null): ReadonlySet<string> | null {
  const resource = useResource(`municipality-catalog:${own?.code ?? ''}`, async (signal) =>
    own ? new Set((await fetchMunicipalityCatalog(own.code, signal)).slugs) : null,
  );
  return resource.state.status === 'ready' ? resource.state.data : null;
}
