import type { MediaKind } from '../../shared/schemas/media.ts';

/**
 * An uploaded image, re-encoded, as stored in `listing_media` through the store port, so every
 * instance serves it (decision 100). Its `_id` is the file name without extension (`u-<hex>`).
 */
export interface MediaDoc {
  _id: string;
  listingId: string;
  organisationId: string;
  /** The listing's slug: the directory the file is served under (`/media/<slug>/<id>.<ext>`). */
  slug: string;
  kind: MediaKind;
  contentType: 'image/png' | 'image/webp';
  width: number;
  height: number;
  size: number;
  sha256: string;
  /** The re-encoded image, base64: the port stores JSON documents. */
  data: string;
  createdAt: string;
  createdBy: string;
}

export type MediaMeta = Omit<MediaDoc, 'data'>;

export const LISTING_MEDIA = 'listing_media';

const EXTENSIONS = { 'image/png': 'png', 'image/webp': 'webp' } as const;

/** Where the platform serves an upload; this is what a draft's `icon` or screenshot `src` holds. */
export function mediaPath(doc: Pick<MediaDoc, '_id' | 'slug' | 'contentType'>): string {
  return `/media/${doc.slug}/${doc._id}.${EXTENSIONS[doc.contentType]}`;
}
