import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/** OIDC interaction ids sit in the path and bind the provider's cookies: they are logged as `:uid`. */
function redactPath(path: string): string {
  return path.replace(/^\/oidc\/(interaction|auth)\/[^/]+/, '/oidc/$1/:uid');
}

/**
 * One pino line per request with a request id (taken from X-Request-Id when well-formed). Only
 * method and path are logged: query strings, headers and bodies may carry login hints, codes or
 * cookies, which never go to a log. A plain `finish` listener, not a child logger per request,
 * keeps this off the hot path.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    res.locals.requestId = id;
    const started = performance.now();
    res.on('finish', () => {
      const path = redactPath(req.originalUrl.split('?')[0] ?? '');
      if (QUIET_PATHS.has(path)) return;
      const line = {
        req: { id, method: req.method, path },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (res.statusCode >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request completed');
    });
    next();
  };
}
