import { isIPv6 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { TooManyRequestsError } from './errors.ts';
import type { RateLimitCounters } from './rate-limit.counters.ts';

export interface RateLimit {
  /** Names the counter, so limits on different things never share one. */
  name: string;
  limit: number;
  windowMs: number;
}

/** A fixed-window limit per key, counted in the store and shared by every instance. */
export function createRateLimiter(counters: RateLimitCounters, options: RateLimit) {
  return {
    /** Counts one attempt for `key`; throws 429 with Retry-After once the window's limit is passed. */
    async hit(key: string, now = Date.now()): Promise<void> {
      const windowStart = Math.floor(now / options.windowMs) * options.windowMs;
      const windowEnd = windowStart + options.windowMs;
      const count = await counters.hit(`${options.name}:${key}:${windowStart}`, new Date(windowEnd));
      if (count > options.limit)
        throw new TooManyRequestsError(Math.max(1, Math.ceil((windowEnd - now) / 1000)));
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/**
 * The client's address as a limit key. An IPv6 client usually holds a whole /64, so counting per
 * address would give it 2^64 fresh counters: count per /64 instead.
 */
export function clientKey(req: Request): string {
  const address = (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  if (!isIPv6(address)) return address.slice(0, 64);
  const groups = expandIPv6(address);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) => g.toLowerCase());
}

/** Middleware: a limit per client address (e.g. sign-in attempts). */
export function rateLimitByAddress(limiter: RateLimiter): RequestHandler {
  return async (req, _res, next) => {
    await limiter.hit(clientKey(req));
    next();
  };
}
