import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

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
 * Sends prepared bytes as they are. Public catalog answers may be cached but must be revalidated
 * (`no-cache`): a suspension has to reach residents at once, and a revalidation with the ETag
 * costs a 304 without a body.
 */
export function sendPreparedJson(req: Request, res: Response, status: number, prepared: PreparedJson): void {
  res.statusCode = status;
  res.setHeader('ETag', prepared.etag);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.fresh) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', prepared.bytes.length);
  if (req.method === 'HEAD') res.end();
  else res.end(prepared.bytes);
}
