import type { RequestHandler } from 'express';
import { TooManyRequestsError } from './errors.ts';

/**
 * A fixed-window limit per client address, kept in memory: enough to slow down guessing on one
 * instance; behind a load balancer the proxy's limit is the outer fence.
 */
export function rateLimit(options: { limit: number; windowMs: number }): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, _res, next) => {
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) {
      if (windows.size > 10_000) windows.clear();
      window = { start: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.limit) {
      throw new TooManyRequestsError(Math.ceil((window.start + options.windowMs - now) / 1000));
    }
    next();
  };
}
