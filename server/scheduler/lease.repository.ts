import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/** One job's lease, as stored in `leases`: who runs it until when, and which period it last finished. */
interface LeaseDoc {
  _id: string;
  holder: string | null;
  /** Epoch ms; a holder that died loses the lease when this passes. */
  until: number;
  /** The period (e.g. the UTC day) the job last completed. */
  lastRun: string | null;
  revision: number;
}

export async function createLeaseRepository(store: Store) {
  const leases = await store.collection<LeaseDoc>('leases');

  async function current(job: string): Promise<LeaseDoc> {
    const found = await leases.findOne({ _id: job });
    if (found) return found;
    try {
      await leases.insertOne({ _id: job, holder: null, until: 0, lastRun: null, revision: 0 });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    return (await leases.findOne({ _id: job })) as LeaseDoc;
  }

  return {
    /**
     * Takes the lease for `period` unless that period is done or someone else holds it. The
     * revision in the filter makes it atomic: of several instances exactly one gets it.
     */
    async acquire(job: string, period: string, holder: string, now: number, ttlMs: number): Promise<boolean> {
      const lease = await current(job);
      if (lease.lastRun === period) return false;
      if (lease.holder && lease.holder !== holder && lease.until > now) return false;
      return leases.updateOne(
        { _id: job, revision: lease.revision },
        { $set: { holder, until: now + ttlMs }, $inc: { revision: 1 } },
      );
    },
    /** Releases the lease; `done` records the period so nobody runs it again. */
    async release(job: string, holder: string, period: string | null): Promise<void> {
      const set: Record<string, unknown> = { holder: null, until: 0 };
      if (period) set.lastRun = period;
      await leases.updateOne({ _id: job, holder }, { $set: set, $inc: { revision: 1 } });
    },
    read: (job: string) => leases.findOne({ _id: job }),
  };
}

export type LeaseRepository = Awaited<ReturnType<typeof createLeaseRepository>>;
