import type { Store } from '../store/store.port.ts';
import { MUNICIPALITIES, MUNICIPALITY_INDEXES, type MunicipalityDoc } from './municipality.documents.ts';

export async function createMunicipalityRepository(store: Store) {
  const municipalities = await store.collection<MunicipalityDoc>(MUNICIPALITIES, MUNICIPALITY_INDEXES);
  return {
    find: (code: string) => municipalities.findOne({ _id: code }),
    /**
     * Whether the municipality offers the app, without reading its offer list back: a launch asks
     * this each time, and a list of thousands of apps made it most of a launch's cost (issue 10).
     */
    async offers(code: string, slug: string): Promise<boolean> {
      return (
        (await municipalities.find({ _id: code, offers: slug }, { omit: ['offers'], limit: 1 })).length > 0
      );
    },
    /** CBS codes of the municipalities that offer an app (a few hundred documents at most). */
    async offering(slug: string): Promise<string[]> {
      return (await municipalities.find({})).filter((m) => m.offers.includes(slug)).map((m) => m._id);
    },
    /** Replaces the offer list only if nobody changed it since `revision`. */
    async setOffers(code: string, revision: number, offers: string[]): Promise<boolean> {
      return municipalities.updateOne({ _id: code, revision }, { $set: { offers }, $inc: { revision: 1 } });
    },
  };
}

export type MunicipalityRepository = Awaited<ReturnType<typeof createMunicipalityRepository>>;
