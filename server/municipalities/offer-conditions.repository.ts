import type { OfferConditions } from '../../shared/schemas/offer-conditions.ts';
import type { Store } from '../store/store.port.ts';

export interface OfferConditionsDoc {
  /** `${code}:${slug}` */
  _id: string;
  code: string;
  slug: string;
  conditions: OfferConditions;
  updatedAt: string;
}

export const OFFER_CONDITIONS = 'offer-conditions';
export const OFFER_CONDITIONS_INDEXES = [{ field: 'code' }];

/** A municipality's own conditions per offered app; an offer without a record has none. */
export async function createOfferConditionsRepository(store: Store) {
  const docs = await store.collection<OfferConditionsDoc>(OFFER_CONDITIONS, OFFER_CONDITIONS_INDEXES);
  return {
    async find(code: string, slug: string): Promise<OfferConditions | null> {
      return (await docs.findOne({ _id: `${code}:${slug}` }))?.conditions ?? null;
    },
    listByMunicipality: (code: string) => docs.find({ code }),
    listAll: () => docs.find({}),
    async save(code: string, slug: string, conditions: OfferConditions): Promise<void> {
      const updatedAt = new Date().toISOString();
      const changed = await docs.updateOne({ _id: `${code}:${slug}` }, { $set: { conditions, updatedAt } });
      if (changed) return;
      try {
        await docs.insertOne({ _id: `${code}:${slug}`, code, slug, conditions, updatedAt });
      } catch {
        // A parallel first save won the insert: this one's values are written over it.
        await docs.updateOne({ _id: `${code}:${slug}` }, { $set: { conditions, updatedAt } });
      }
    },
  };
}

export type OfferConditionsRepository = Awaited<ReturnType<typeof createOfferConditionsRepository>>;
