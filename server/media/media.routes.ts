import type { RequestHandler } from 'express';
import { z } from 'zod';
import {
  ListingMediaParamsSchema,
  MAX_MEDIA_UPLOAD_BYTES,
  MediaUploadedSchema,
  MediaUploadQuerySchema,
  StoredMediaSchema,
} from '../../shared/schemas/media.ts';
import { ListingIdParamsSchema } from '../../shared/schemas/vendor.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { AppError } from '../http/errors.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { MediaService } from './media.service.ts';

const problems = {
  400: {
    description: 'Invalid input: not a PNG, JPEG or WebP image, too large, or the wrong size in pixels',
  },
  403: { description: 'Not a vendor' },
  404: { description: 'No such listing or image' },
  409: { description: 'In use, the listing is withdrawn, or too many unused uploads' },
};

/** A body declared larger than any upload may be is refused before a byte of it is read, as bad input. */
const declaredSize: RequestHandler = (req, _res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_MEDIA_UPLOAD_BYTES) {
    throw new AppError(400, 'Invalid input', 'The image was not accepted; see errors.', {
      errors: [{ in: 'body', field: '(root)', message: 'at most 3 MB' }],
      code: 'media-size',
    });
  }
  next();
};

export function mediaRoutes(media: MediaService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/vendor/listings/:id/media',
      operationId: 'uploadListingMedia',
      summary: 'Upload an icon (at most 1 MB) or a screenshot (at most 3 MB) for the draft',
      description:
        'Members of the listing’s organisation only. The body is the image itself (PNG, JPEG or WebP, recognised by its content). It is re-encoded without its metadata (icons as 256×256 PNG, screenshots as WebP) and served from the platform at the `src` answered, which the draft then refers to.',
      tag: 'listings',
      auth: 'session',
      params: ListingIdParamsSchema,
      query: MediaUploadQuerySchema,
      before: [declaredSize],
      upload: { mediaType: 'image/*', maxBytes: MAX_MEDIA_UPLOAD_BYTES },
      responses: {
        201: { description: 'Stored and re-encoded', schema: MediaUploadedSchema },
        ...problems,
        415: { description: 'Not sent as image/*' },
      },
      handler: async ({ req, res, params, query }) => {
        const stored = await media.upload(requireUser(res), params.id, query.kind, req.body);
        return { status: 201, body: stored, headers: { Location: stored.src } };
      },
    }),
    route({
      method: 'get',
      path: '/vendor/listings/:id/media',
      operationId: 'listListingMedia',
      summary: 'The images uploaded for a listing, and whether the draft or a version uses each',
      tag: 'listings',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: {
        200: { description: 'Uploads', schema: z.object({ items: z.array(StoredMediaSchema) }) },
        ...problems,
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: { items: await media.list(requireUser(res), params.id) },
      }),
    }),
    route({
      method: 'delete',
      path: '/vendor/listings/:id/media/:mediaId',
      operationId: 'deleteListingMedia',
      summary: 'Delete an uploaded image that neither the draft nor any version uses',
      tag: 'listings',
      auth: 'session',
      params: ListingMediaParamsSchema,
      responses: { 204: { description: 'Deleted' }, ...problems },
      handler: async ({ res, params }) => {
        await media.remove(requireUser(res), params.id, params.mediaId);
        return undefined;
      },
    }),
  ];
}
