import { type Collection, DuplicateKeyError, type Store } from '../store/store.port.ts';

interface CounterDoc {
  /** `<limit name>:<key>:<window start>`: one counter per key per fixed window. */
  _id: string;
  count: number;
  /** The end of the window; the store's TTL index removes the counter after it. */
  expiresAt: Date;
}

/**
 * Rate-limit counters in the store, so every instance behind a load balancer counts the same
 * requests, and a flood of fresh keys cannot push anyone's counter out (issue 9, decision 081).
 * The port has no upsert: insert the first hit, and let every later one (or the loser of a race
 * to insert) be an atomic $inc.
 */
export async function createRateLimitCounters(store: Store) {
  const counters: Collection<CounterDoc> = await store.collection<CounterDoc>('rate_limits', [
    { field: 'expiresAt', expireAfterSeconds: 0 },
  ]);
  const increment = (id: string) => counters.findOneAndUpdate({ _id: id }, { $inc: { count: 1 } });
  return {
    /** Counts one hit in the window that `windowEnd` closes; returns the count including it. */
    async hit(id: string, windowEnd: Date): Promise<number> {
      const counted = await increment(id);
      if (counted) return counted.count;
      try {
        await counters.insertOne({ _id: id, count: 1, expiresAt: windowEnd });
        return 1;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        return (await increment(id))?.count ?? 1;
      }
    },
  };
}

export type RateLimitCounters = Awaited<ReturnType<typeof createRateLimitCounters>>;
