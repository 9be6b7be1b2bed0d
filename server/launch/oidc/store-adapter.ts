import type { Adapter, AdapterPayload } from 'oidc-provider';
import { errors } from 'oidc-provider';
import { type Collection, DuplicateKeyError, type Store } from '../../store/store.port.ts';

interface OidcDoc {
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

/**
 * oidc-provider's persistence on our collection port, so codes, grants and sessions live in the
 * same store as everything else (embedded or MongoDB). Clients are not stored here: they are
 * derived from the live listings (see client-registry.ts).
 */
export function createOidcAdapterFactory(store: Store) {
  // One collection per model, opened on first use: the embedded store serialises writes per
  // collection, and a launch writes several models.
  const opened = new Map<string, Promise<Collection<OidcDoc>>>();
  const collectionFor = (model: string) => {
    let collection = opened.get(model);
    if (!collection) {
      collection = store.collection<OidcDoc>(`oidc_${model.toLowerCase()}`, [
        { field: 'expiresAt', expireAfterSeconds: 0 },
        { field: 'grantId' },
        { field: 'uid' },
      ]);
      opened.set(model, collection);
    }
    return collection;
  };

  const live = (doc: OidcDoc | null) => (doc && doc.expiresAt.getTime() > Date.now() ? doc : null);
  const withConsumed = (doc: OidcDoc | null) =>
    doc
      ? {
          ...(JSON.parse(doc.payload) as AdapterPayload),
          ...(doc.consumed ? { consumed: doc.consumed } : {}),
        }
      : undefined;

  return (model: string): Adapter => {
    const pending = collectionFor(model);
    return {
      /** One write when the record exists (the common case for sessions and interactions). */
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
        if (await collection.updateOne({ _id: id }, { $set: fields })) return;
        try {
          await collection.insertOne({ _id: id, ...fields });
        } catch (error) {
          if (!(error instanceof DuplicateKeyError)) throw error;
          await collection.updateOne({ _id: id }, { $set: fields });
        }
      },
      async find(id) {
        const collection = await pending;
        return withConsumed(live(await collection.findOne({ _id: id })));
      },
      async findByUid(uid) {
        const collection = await pending;
        return withConsumed(live(await collection.findOne({ uid })));
      },
      async findByUserCode(userCode) {
        const collection = await pending;
        return withConsumed(live(await collection.findOne({ userCode })));
      },
      /** Atomic: of many parallel redemptions of one code exactly one consumes it; the rest fail. */
      async consume(id) {
        const collection = await pending;
        const consumed = await collection.findOneAndUpdate(
          { _id: id, consumed: { $exists: false } },
          { $set: { consumed: Math.floor(Date.now() / 1000) } },
        );
        if (!consumed) throw new errors.InvalidGrant('grant request is invalid');
      },
      async destroy(id) {
        const collection = await pending;
        await collection.deleteOne({ _id: id });
      },
      /** A grant's artefacts live in several models' collections. */
      async revokeByGrantId(grantId) {
        for (const other of opened.values()) await (await other).deleteMany({ grantId });
      },
    };
  };
}
