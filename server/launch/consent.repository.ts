import type { ClaimId } from '../../shared/claims.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

export interface ConsentRecord {
  residentId: string;
  listingId: string;
  slug: string;
  claims: ClaimId[];
  /** The approved claim set the resident agreed against; a change means asking again. */
  approvedClaims: ClaimId[];
  grantedAt: string;
  lastLaunch: { at: string; claims: ClaimId[] } | null;
}

interface ConsentDoc extends ConsentRecord {
  _id: string;
}

export async function createConsentRepository(store: Store) {
  const consents = await store.collection<ConsentDoc>('consents', [{ field: 'residentId' }]);
  const id = (residentId: string, listingId: string) => `${residentId}:${listingId}`;
  const strip = ({ _id, ...record }: ConsentDoc): ConsentRecord => record;
  return {
    async find(residentId: string, listingId: string): Promise<ConsentRecord | null> {
      const doc = await consents.findOne({ _id: id(residentId, listingId) });
      return doc ? strip(doc) : null;
    },
    async listByResident(residentId: string): Promise<ConsentRecord[]> {
      return (await consents.find({ residentId }, { sort: { grantedAt: -1 } })).map(strip);
    },
    /** One atomic write: a crash can never leave the resident without the consent given before. */
    async save(record: ConsentRecord): Promise<void> {
      const _id = id(record.residentId, record.listingId);
      const fields = { ...record };
      if (await consents.updateOne({ _id }, { $set: fields })) return;
      try {
        await consents.insertOne({ _id, ...record });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        await consents.updateOne({ _id }, { $set: fields });
      }
    },
    async recordLaunch(residentId: string, listingId: string, claims: ClaimId[]): Promise<void> {
      await consents.updateOne(
        { _id: id(residentId, listingId) },
        { $set: { lastLaunch: { at: new Date().toISOString(), claims } } },
      );
    },
    async delete(residentId: string, listingId: string): Promise<boolean> {
      return consents.deleteOne({ _id: id(residentId, listingId) });
    },
  };
}

export type ConsentRepository = Awaited<ReturnType<typeof createConsentRepository>>;
