/**
 * A fixed-window count per client address with a bounded table: when it is full, windows that
 * have ended are dropped first, then the oldest, never all at once (a flood of fresh addresses
 * must not reset everyone's count). Enough for one instance; behind a load balancer the proxy's
 * limit is the outer fence.
 */
export function addressLimit(options: { limit: number; windowMs: number; maxAddresses?: number }) {
  const maxAddresses = options.maxAddresses ?? 50_000;
  const windows = new Map<string, { start: number; count: number }>();

  function makeRoom(now: number) {
    for (const [key, window] of windows) {
      if (now - window.start >= options.windowMs) windows.delete(key);
    }
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of windows.keys()) {
      if (windows.size < maxAddresses) break;
      windows.delete(key);
    }
  }

  /** Counts one request; returns the seconds to wait when the address is over its limit, else 0. */
  return (address: string): number => {
    const now = Date.now();
    let window = windows.get(address);
    if (!window || now - window.start >= options.windowMs) {
      windows.delete(address);
      if (windows.size >= maxAddresses) makeRoom(now);
      window = { start: now, count: 0 };
      windows.set(address, window);
    }
    window.count += 1;
    return window.count > options.limit ? Math.ceil((window.start + options.windowMs - now) / 1000) : 0;
  };
}
