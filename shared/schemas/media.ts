import { z } from 'zod';
import { IdSchema } from './common.ts';

/**
 * Images a vendor uploads for its listing's draft (issue 11 item 15, decision 100). The limits are
 * shared so the vendor form can say them and check them before sending anything.
 */
export const MEDIA_KINDS = ['icon', 'screenshot'] as const;
export const MediaKindSchema = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof MediaKindSchema>;

export interface MediaLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Smallest and largest width and height accepted, in pixels (bombs are refused before decoding). */
  minSide: number;
  maxSide: number;
  /** What the platform serves: re-encoded, metadata stripped. */
  output: 'png' | 'webp';
}

export const MEDIA_LIMITS: Record<MediaKind, MediaLimits> = {
  icon: { maxBytes: 1024 * 1024, minSide: 64, maxSide: 2048, output: 'png' },
  screenshot: { maxBytes: 3 * 1024 * 1024, minSide: 200, maxSide: 4096, output: 'webp' },
};

/** The largest body any media upload may have: the screenshot limit. */
export const MAX_MEDIA_UPLOAD_BYTES = MEDIA_LIMITS.screenshot.maxBytes;

/** What the platform reads: the content decides, never a name or a header. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Uploads a listing may hold that neither its draft nor any version uses (a bound on storage). */
export const MAX_UNUSED_UPLOADS_PER_LISTING = 20;

/** An uploaded file's name under `/media/<slug>/`: `u-` and 32 hex digits, then its served format. */
export const UPLOADED_MEDIA_FILE = /^u-[0-9a-f]{32}\.(png|webp)$/;

export const MediaUploadQuerySchema = z.strictObject({ kind: MediaKindSchema });

export const ListingMediaParamsSchema = z.strictObject({
  id: IdSchema,
  mediaId: z.string().regex(/^u-[0-9a-f]{32}$/, 'a media id such as u-0123…'),
});

export const MediaUploadedSchema = z.object({
  /** The path to put in the draft (`icon`, or a screenshot's `src`). */
  src: z.string(),
  id: z.string(),
  kind: MediaKindSchema,
  contentType: z.enum(['image/png', 'image/webp']),
  width: z.number().int(),
  height: z.number().int(),
  size: z.number().int(),
});
export type MediaUploaded = z.infer<typeof MediaUploadedSchema>;

export const StoredMediaSchema = MediaUploadedSchema.extend({
  createdAt: z.iso.datetime(),
  /** Shown by the draft or a version; an unused upload is deleted at the next draft save. */
  inUse: z.boolean(),
});
export type StoredMedia = z.infer<typeof StoredMediaSchema>;
