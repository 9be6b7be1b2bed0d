import type { ClaimId } from '../../../shared/claims.ts';
import type { Store } from '../../store/store.port.ts';

/** What one launch may put in its ID token, keyed by the provider's grant id; kept briefly. */
export interface LaunchRecord {
  personId: string;
  listingId: string;
  municipality: string;
  claims: ClaimId[];
  test: boolean;
}

interface LaunchRecordDoc extends LaunchRecord {
  _id: string;
  expiresAt: Date;
}

const KEEP_MS = 10 * 60 * 1000;

export async function createLaunchRecordRepository(store: Store) {
  const records = await store.collection<LaunchRecordDoc>('launches', [
    { field: 'expiresAt', expireAfterSeconds: 0 },
  ]);
  return {
    async insert(grantId: string, record: LaunchRecord): Promise<void> {
      await records.insertOne({ _id: grantId, ...record, expiresAt: new Date(Date.now() + KEEP_MS) });
    },
    async find(grantId: string): Promise<LaunchRecord | null> {
      const doc = await records.findOne({ _id: grantId });
      if (!doc || doc.expiresAt.getTime() <= Date.now()) return null;
      const { _id, expiresAt, ...record } = doc;
      return record;
    },
  };
}

export type LaunchRecordRepository = Awaited<ReturnType<typeof createLaunchRecordRepository>>;
