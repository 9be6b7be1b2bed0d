import type { Store } from '../store/store.port.ts';
import { MUNICIPALITIES, type MunicipalityDoc } from './municipality.documents.ts';

export async function createMunicipalityRepository(store: Store) {
  const municipalities = await store.collection<MunicipalityDoc>(MUNICIPALITIES);
  return {
    find: (code: string) => municipalities.findOne({ _id: code }),
    /** Replaces the offer list only if nobody changed it since `revision`. */
    async setOffers(code: string, revision: number, offers: string[]): Promise<boolean> {
      return municipalities.updateOne({ _id: code, revision }, { $set: { offers }, $inc: { revision: 1 } });
    },
  };
}

export type MunicipalityRepository = Awaited<ReturnType<typeof createMunicipalityRepository>>;
