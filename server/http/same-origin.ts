import type { RequestHandler } from 'express';
import { ForbiddenError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests from a browser must come from the platform's own origin (DESIGN.md
 * "Identity"): browsers send Origin on every such request; a client without it (curl, a server)
 * carries no ambient cookies of a resident's browser.
 */
export function sameOriginOnly(publicUrl: string): RequestHandler {
  const own = new URL(publicUrl).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== own) {
      throw new ForbiddenError('This request must come from the Inwonercloud site itself.');
    }
    const site = req.headers['sec-fetch-site'];
    if (origin === undefined && site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new ForbiddenError('This request must come from the Inwonercloud site itself.');
    }
    next();
  };
}
