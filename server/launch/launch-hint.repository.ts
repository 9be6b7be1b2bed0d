import { createHash } from 'node:crypto';
import type { Store } from '../store/store.port.ts';

export interface LaunchHint {
  residentId: string;
  listingId: string;
  municipality: string;
  test: boolean;
  expiresAt: Date;
}

interface HintDoc extends LaunchHint {
  _id: string;
  used: boolean;
}

/** Only the hash of a login hint is stored; using one is a single atomic update, so it works once. */
export async function createLaunchHintRepository(store: Store) {
  const hints = await store.collection<HintDoc>('launch_hints', [
    { field: 'expiresAt', expireAfterSeconds: 0 },
  ]);
  const hash = (hint: string) => createHash('sha256').update(hint).digest('base64url');
  return {
    async insert(hint: string, record: LaunchHint): Promise<void> {
      await hints.insertOne({ _id: hash(hint), used: false, ...record });
    },
    /** Marks the hint used and returns it, or null when it is unknown, used already or expired. */
    async consume(hint: string): Promise<LaunchHint | null> {
      const doc = await hints.findOneAndUpdate({ _id: hash(hint), used: false }, { $set: { used: true } });
      if (!doc || doc.expiresAt.getTime() <= Date.now()) return null;
      return {
        residentId: doc.residentId,
        listingId: doc.listingId,
        municipality: doc.municipality,
        test: doc.test,
        expiresAt: doc.expiresAt,
      };
    },
  };
}

export type LaunchHintRepository = Awaited<ReturnType<typeof createLaunchHintRepository>>;
