import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer serialised once and served many times, with a strong ETag of its bytes. */
export interface PreparedJson {
  readonly bytes: Buffer;
  readonly etag: string;
}

export function prepareJson(value: unknown): PreparedJson {
  return prepareJsonText(JSON.stringify(value));
}

/** For JSON assembled from parts that were serialised before. */
export function prepareJsonText(json: string): PreparedJson {
  const bytes = Buffer.from(json);
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"` };
}

/**
 * Sends prepared bytes as they are, with `headers` (flat name, value pairs) besides any set
 * before; the one way both the routes and the fast lane answer with them. Public catalog answers
 * may be cached but must be revalidated (`no-cache`): a suspension has to reach residents at
 * once, and a revalidation with the ETag costs a 304 without a body.
 */
export function sendPreparedJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  prepared: PreparedJson,
  headers: string[] = [],
): void {
  const all = [...headers, 'Cache-Control', 'no-cache', 'ETag', prepared.etag];
  if (
    (req.method === 'GET' || req.method === 'HEAD') &&
    matchesEtag(req.headers['if-none-match'], prepared.etag)
  ) {
    res.writeHead(304, all);
    res.end();
    return;
  }
  all.push(
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(prepared.bytes.length),
  );
  res.writeHead(status, all);
  res.end(req.method === 'HEAD' ? undefined : prepared.bytes);
}

/** If-None-Match holds one or more entity tags, weak or strong (RFC 9110 13.1.2: weak comparison). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
