import type { Store } from '../store/store.port.ts';

export interface ReferralDoc {
  _id: string;
  /** SHA-256 of the link's code: a stolen database gives no working links. */
  codeHash: string;
  municipality: string;
  slug: string;
  appName: string;
  professionalId: string;
  note: string;
  createdAt: string;
  expiresAt: string;
  /** As a Date: the store removes the referral 90 days after it (the link is long dead by then). */
  created: Date;
  /** A yes/no only: no time, no identity, no device (decision 073). */
  opened: boolean;
}

const RETENTION_SECONDS = 90 * 24 * 3600;

export async function createReferralRepository(store: Store) {
  const referrals = await store.collection<ReferralDoc>('referrals', [
    { field: 'codeHash', unique: true },
    { field: 'professionalId' },
    { field: 'created', expireAfterSeconds: RETENTION_SECONDS },
  ]);
  return {
    insert: (doc: ReferralDoc) => referrals.insertOne(doc),
    listByProfessional: (professionalId: string) =>
      referrals.find({ professionalId }, { sort: { createdAt: -1 }, limit: 200 }),
    /** Marks a live link opened and returns it; null for an unknown or expired code. */
    open: (codeHash: string, now: string) =>
      referrals.findOneAndUpdate({ codeHash, expiresAt: { $gt: now } }, { $set: { opened: true } }),
  };
}

export type ReferralRepository = Awaited<ReturnType<typeof createReferralRepository>>;
