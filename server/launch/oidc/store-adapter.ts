import type { Adapter, AdapterPayload } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Collection, Store } from '../../store/store.port.ts';

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
export async function createOidcAdapterFactory(store: Store) {
  const collection: Collection<OidcDoc> = await store.collection<OidcDoc>('oidc', [
    { field: 'expiresAt', expireAfterSeconds: 0 },
    { field: 'grantId' },
    { field: 'uid' },
  ]);

  const live = (doc: OidcDoc | null) => (doc && doc.expiresAt.getTime() > Date.now() ? doc : null);
  const withConsumed = (doc: OidcDoc | null) =>
    doc
      ? {
          ...(JSON.parse(doc.payload) as AdapterPayload),
          ...(doc.consumed ? { consumed: doc.consumed } : {}),
        }
      : undefined;

  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const doc: OidcDoc = {
          _id: key(id),
          model,
          payload: JSON.stringify(payload),
          expiresAt: new Date(Date.now() + (expiresIn ?? 3600) * 1000),
          ...(payload.grantId ? { grantId: payload.grantId } : {}),
          ...(payload.uid ? { uid: payload.uid } : {}),
          ...(payload.userCode ? { userCode: payload.userCode } : {}),
        };
        await collection.deleteOne({ _id: doc._id });
        await collection.insertOne(doc);
      },
      async find(id) {
        return withConsumed(live(await collection.findOne({ _id: key(id) })));
      },
      async findByUid(uid) {
        return withConsumed(live(await collection.findOne({ model, uid })));
      },
      async findByUserCode(userCode) {
        return withConsumed(live(await collection.findOne({ model, userCode })));
      },
      /** Atomic: of many parallel redemptions of one code exactly one consumes it; the rest fail. */
      async consume(id) {
        const consumed = await collection.findOneAndUpdate(
          { _id: key(id), consumed: { $exists: false } },
          { $set: { consumed: Math.floor(Date.now() / 1000) } },
        );
        if (!consumed) throw new errors.InvalidGrant('grant request is invalid');
      },
      async destroy(id) {
        await collection.deleteOne({ _id: key(id) });
      },
      async revokeByGrantId(grantId) {
        await collection.deleteMany({ grantId });
      },
    };
  };
}
