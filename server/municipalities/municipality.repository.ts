import type { Store } from '../store/store.port.ts';
import { MUNICIPALITIES, MUNICIPALITY_INDEXES, type MunicipalityDoc } from './municipality.documents.ts';

export async function createMunicipalityRepository(store: Store) {
  const municipalities = await store.collection<MunicipalityDoc>(MUNICIPALITIES, MUNICIPALITY_INDEXES);
  return {
    find: (code: string) => municipalities.findOne({ _id: code }),
    /**
     * Whether the municipality offers the app, without reading the document back: a launch asks
     * this each time, and reading a list of thousands of apps (even to leave it out) was most of a
     * token redemption's store time (issue 10). A count reads the multikey index only.
     */
    async offers(code: string, slug: string): Promise<boolean> {
      return (await municipalities.count({ _id: code, offers: slug })) > 0;
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
