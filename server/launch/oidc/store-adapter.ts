import type { Adapter, AdapterPayload } from 'oidc-provider';
import { errors } from 'oidc-provider';
import { DuplicateKeyError, type Store } from '../../store/store.port.ts';
import { GRANT_BOUND, type OidcDoc, providerCollections } from './provider-collections.ts';

const live = (doc: OidcDoc | null) => (doc && doc.expiresAt.getTime() > Date.now() ? doc : null);

const withConsumed = (doc: OidcDoc | null) =>
  doc
    ? {
        ...(JSON.parse(doc.payload) as AdapterPayload),
        ...(doc.consumed ? { consumed: doc.consumed } : {}),
      }
    : undefined;

/**
 * oidc-provider's persistence on our collection port, so codes, grants and sessions live in the
 * same store as everything else (embedded or MongoDB). Clients are not stored here: they are
 * derived from the live listings (see client-registry.ts).
 */
export function createOidcAdapterFactory(store: Store) {
  const collectionOf = providerCollections(store);

  return (model: string): Adapter => {
    const pending = collectionOf(model);

    return {
      /**
       * Insert first: most records (codes, grants, sessions) are saved once under a fresh id, and
       * each store operation saved is a turn less in the collection's queue (issue 5).
       */
      async upsert(id, payload, expiresIn) {
        const collection = await pending;
        const fields = {
          model,
          payload: JSON.stringify(payload),
          expiresAt: new Date(Date.now() + (expiresIn ?? 3600) * 1000),
          ...(payload.grantId ? { grantId: payload.grantId } : {}),
          ...(payload.uid ? { uid: payload.uid } : {}),
          ...(payload.userCode ? { userCode: payload.userCode } : {}),
        };
        try {
          await collection.insertOne({ _id: id, ...fields });
        } catch (error) {
          if (!(error instanceof DuplicateKeyError)) throw error;
          await collection.updateOne({ _id: id }, { $set: fields });
        }
      },
      async find(id) {
        return withConsumed(live(await (await pending).findOne({ _id: id })));
      },
      async findByUid(uid) {
        return withConsumed(live(await (await pending).findOne({ uid })));
      },
      async findByUserCode(userCode) {
        return withConsumed(live(await (await pending).findOne({ userCode })));
      },
      /** Atomic: of many parallel redemptions of one code exactly one consumes it; the rest fail. */
      async consume(id) {
        const consumed = await (await pending).findOneAndUpdate(
          { _id: id, consumed: { $exists: false } },
          { $set: { consumed: Math.floor(Date.now() / 1000) } },
        );
        if (!consumed) throw new errors.InvalidGrant('grant request is invalid');
      },
      async destroy(id) {
        await (await pending).deleteOne({ _id: id });
      },
      /** The provider calls this on each grant-bound model; the other models hold no grantId. */
      async revokeByGrantId(grantId) {
        if (!GRANT_BOUND.has(model)) return;
        await (await pending).deleteMany({ grantId });
      },
    };
  };
}
