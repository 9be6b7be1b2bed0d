import type { IncomingMessage, RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { API_VERSION } from '../../shared/api-version.ts';
import { type PreparedJson, sendPreparedJson } from './prepared-json.ts';
import { logRequest, requestIdOf } from './request-logging.ts';

/**
 * Answers a GET from memory, or declines (undefined) and leaves the request to the full app.
 * A reader answers only requests it is sure of: any doubt (an unknown key, a bad value, a missing
 * app, a read model that is due for its freshness check) goes the full way, so validation and
 * error answers have one implementation.
 */
export type FastReader = (pathname: string, query: URLSearchParams) => PreparedJson | undefined;

/**
 * The fast lane in front of Express for the anonymous catalog reads that are most of the
 * traffic: the same headers, access log line and conditional GET as the full path, without
 * Express's per-request set-up and middleware chain (docs/decisions/009).
 */
export function fastLane(options: {
  logger: Logger;
  securityHeaders: [string, string][];
  readers: Record<string, FastReader>;
  app: RequestListener;
}): RequestListener {
  const fixed = [...options.securityHeaders.flat(), 'API-Version', API_VERSION];
  const readers = Object.entries(options.readers);

  return (req, res) => {
    const prepared = isPlainRead(req) ? read(readers, req.url as string) : undefined;
    if (!prepared) {
      options.app(req, res);
      return;
    }
    const started = performance.now();
    const id = requestIdOf(req);
    sendPreparedJson(req, res, 200, prepared, [...fixed, 'X-Request-Id', id]);
    logRequest(options.logger, {
      id,
      method: req.method,
      url: req.url as string,
      statusCode: res.statusCode,
      started,
    });
  };
}

function isPlainRead(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.headers['content-length'] === undefined &&
    req.headers['transfer-encoding'] === undefined
  );
}

function read(readers: [string, FastReader][], url: string): PreparedJson | undefined {
  const mark = url.indexOf('?');
  const pathname = mark < 0 ? url : url.slice(0, mark);
  for (const [prefix, reader] of readers) {
    if (pathname.startsWith(prefix)) {
      return reader(pathname.slice(prefix.length), new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1)));
    }
  }
  return undefined;
}
