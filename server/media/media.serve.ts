import type { RequestHandler } from 'express';
import type { MediaService } from './media.service.ts';

/**
 * Serves uploaded images under `/media/<slug>/u-<id>.<png|webp>` from the store; any other name
 * falls through to the catalog's own files. An upload's bytes never change (a new upload gets a new
 * name), so browsers may keep it for a year.
 */
export function uploadedMedia(media: MediaService): RequestHandler {
  return async (req, res, next) => {
    const match = /^\/([a-z0-9-]+)\/([^/]+)$/.exec(req.path);
    const found = match?.[1] && match[2] ? await media.file(match[1], match[2]) : null;
    if (!found) {
      next();
      return;
    }
    res.setHeader('Content-Type', found.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Content-Disposition', 'inline');
    res.status(200).send(found.data);
  };
}
