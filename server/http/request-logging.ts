import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/** OIDC interaction ids sit in the path and bind the provider's cookies: they are logged as `:uid`. */
function redactPath(path: string): string {
  return path.replace(/^\/oidc\/(interaction|auth)\/[^/]+/, '/oidc/$1/:uid');
}

/** The request id: the caller's X-Request-Id when well-formed, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export interface FinishedRequest {
  id: string;
  method: string | undefined;
  /** The URL as received; only its path is logged. */
  url: string;
  statusCode: number;
  /** performance.now() when the request arrived. */
  started: number;
}

/**
 * Logs one finished request. Only method and path are logged: query strings, headers and bodies
 * may carry login hints, codes or cookies, which never go to a log.
 */
export function logRequest(logger: Logger, request: FinishedRequest): void {
  const query = request.url.indexOf('?');
  const path = redactPath(query < 0 ? request.url : request.url.slice(0, query));
  if (QUIET_PATHS.has(path)) return;
  const line = {
    req: { id: request.id, method: request.method, path },
    res: { statusCode: request.statusCode },
    responseTime: Math.round(performance.now() - request.started),
  };
  if (request.statusCode >= 500) logger.error(line, 'request failed');
  else logger.info(line, 'request completed');
}

/**
 * One pino line per request with a request id. A plain `finish` listener, not a child logger
 * per request, keeps this off the hot path. Runs before any router, so `req.url` is still the
 * whole URL.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req);
    res.setHeader('X-Request-Id', id);
    res.locals.requestId = id;
    const started = performance.now();
    const { method, url } = req;
    res.on('finish', () => logRequest(logger, { id, method, url, statusCode: res.statusCode, started }));
    next();
  };
}
