import type { Collection, IndexSpec, Store } from '../../store/store.port.ts';

export interface OidcDoc {
  _id: string;
  model: string;
  /** JSON text: payloads use client ids and other arbitrary strings as keys, which stores restrict. */
  payload: string;
  expiresAt: Date;
  grantId?: string;
  uid?: string;
  userCode?: string;
  consumed?: number;
}

/** Models whose records belong to a grant: revoking the grant deletes them by `grantId`. */
export const GRANT_BOUND = new Set([
  'AuthorizationCode',
  'AccessToken',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/**
 * Only fields every record of the model has are indexed: the embedded engine keeps the records
 * that lack an indexed field in one shared bucket, where each update or delete is a linear scan
 * of all of them (a code's consume scanned every code ever issued; issue 5).
 */
function indexesFor(model: string): IndexSpec[] {
  return [
    { field: 'expiresAt', expireAfterSeconds: 0 },
    ...(GRANT_BOUND.has(model) ? [{ field: 'grantId' }] : []),
    ...(model === 'Session' ? [{ field: 'uid' }] : []),
    ...(model === 'DeviceCode' ? [{ field: 'userCode' }] : []),
  ];
}

/**
 * The collection behind each of oidc-provider's models, opened on first use, named
 * `provider_<model>`: the earlier `oidc_<model>` ones carry their old indexes in their files,
 * where the embedded engine would restore them. They hold nothing that lives longer than ten
 * minutes and can be deleted.
 */
export function providerCollections(store: Store) {
  const opened = new Map<string, Promise<Collection<OidcDoc>>>();
  return (model: string): Promise<Collection<OidcDoc>> => {
    let collection = opened.get(model);
    if (!collection) {
      collection = store.collection<OidcDoc>(`provider_${model.toLowerCase()}`, indexesFor(model));
      opened.set(model, collection);
      // A store that was unavailable at first use is tried again on the next one.
      collection.catch(() => opened.delete(model));
    }
    return collection;
  };
}
