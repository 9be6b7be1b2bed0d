import { createHash, randomBytes } from 'node:crypto';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import {
  MAX_UNUSED_UPLOADS_PER_LISTING,
  MEDIA_LIMITS,
  type MediaKind,
  type MediaUploaded,
  type StoredMedia,
  UPLOADED_MEDIA_FILE,
} from '../../shared/schemas/media.ts';
import { AppError, ConflictError, type FieldError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { type AuthUser, vendorOrganisations } from '../identity/identity.types.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { VersionRepository } from '../review/version.repository.ts';
import { ImageRefused, reencodeImage } from './image-codec.ts';
import { type MediaDoc, type MediaMeta, mediaPath } from './media.documents.ts';
import type { MediaRepository } from './media.repository.ts';

interface Deps {
  media: MediaRepository;
  listings: ListingRepository;
  versions: VersionRepository;
  /** Uploads cost CPU: they count against the organisation's vendor writes per minute. */
  writes: RateLimiter;
}

/** `/media/<slug>/<file>` as its parts; null for anything else. */
function splitPath(src: string): { dir: string; file: string } | null {
  const match = /^\/media\/([a-z0-9-]+)\/([^/]+)$/.exec(src);
  return match?.[1] && match[2] ? { dir: match[1], file: match[2] } : null;
}

/** File names starting with `u-` are the platform's uploads; the catalog's own files never do. */
const isUploadName = (file: string) => file.startsWith('u-');
const idOf = (file: string) => file.replace(/\.[a-z]+$/, '');

/** The icon and screenshot paths of a draft, with the field each sits in. */
function mediaFields(draft: ListingDraft): { field: string; kind: MediaKind; src: string }[] {
  return [
    ...(draft.icon ? [{ field: 'draft.icon', kind: 'icon' as const, src: draft.icon }] : []),
    ...draft.screenshots.map((shot, i) => ({
      field: `draft.screenshots.${i}.src`,
      kind: 'screenshot' as const,
      src: shot.src,
    })),
  ];
}

function uploaded(doc: MediaMeta): MediaUploaded {
  const { _id: id, kind, contentType, width, height, size } = doc;
  return { src: mediaPath(doc), id, kind, contentType, width, height, size };
}

function refused(error: ImageRefused): AppError {
  return new AppError(400, 'Invalid input', 'The image was not accepted; see errors.', {
    errors: [{ in: 'body', field: '(root)', message: error.message }],
    code: error.reason,
  });
}

export function createMediaService(deps: Deps) {
  const { media, listings, versions } = deps;

  /** A listing of another organisation is "not found": its existence is not revealed. */
  async function ownListing(user: AuthUser, listingId: string): Promise<ListingDoc> {
    const organisations = vendorOrganisations(user);
    if (organisations.length === 0)
      throw new ForbiddenError('Only members of a vendor organisation upload images.');
    const listing = await listings.findById(listingId);
    if (!listing || !organisations.includes(listing.organisationId))
      throw new NotFoundError('No such listing.');
    if (listing.status === 'withdrawn') throw new ConflictError('The listing is withdrawn.');
    return listing;
  }

  /** Every path the draft, the live version and any submitted version show: these are kept. */
  async function usedPaths(listing: ListingDoc): Promise<Set<string>> {
    const contents = [
      listing.draft,
      listing.live?.content,
      ...(await versions.listByListing(listing._id)).map((v) => v.content),
    ];
    return new Set(contents.flatMap((content) => (content ? mediaFields(content).map((m) => m.src) : [])));
  }

  return {
    /** Checks, re-encodes and stores an image for the listing's draft; answers the path to put in it. */
    async upload(user: AuthUser, listingId: string, kind: MediaKind, body: unknown): Promise<MediaUploaded> {
      const listing = await ownListing(user, listingId);
      await deps.writes.hit(listing.organisationId);
      const used = await usedPaths(listing);
      const unused = (await media.listMeta(listingId)).filter((m) => !used.has(mediaPath(m)));
      if (unused.length >= MAX_UNUSED_UPLOADS_PER_LISTING) {
        throw new ConflictError(
          `This listing holds ${unused.length} images its draft does not use. Save the draft (which clears them) and try again.`,
          'media-limit',
        );
      }
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const encoded = await reencodeImage(bytes, MEDIA_LIMITS[kind]).catch((error: unknown) => {
        throw error instanceof ImageRefused ? refused(error) : error;
      });
      const doc: MediaDoc = {
        _id: `u-${randomBytes(16).toString('hex')}`,
        listingId,
        organisationId: listing.organisationId,
        slug: listing.slug,
        kind,
        contentType: encoded.contentType,
        width: encoded.width,
        height: encoded.height,
        size: encoded.data.length,
        sha256: createHash('sha256').update(encoded.data).digest('hex'),
        data: encoded.data.toString('base64'),
        createdAt: new Date().toISOString(),
        createdBy: user.id,
      };
      await media.insert(doc);
      return uploaded(doc);
    },

    /** The listing's uploads, and whether each is in use. */
    async list(user: AuthUser, listingId: string): Promise<StoredMedia[]> {
      const listing = await ownListing(user, listingId);
      const used = await usedPaths(listing);
      return (await media.listMeta(listingId)).map((m) => ({
        ...uploaded(m),
        createdAt: m.createdAt,
        inUse: used.has(mediaPath(m)),
      }));
    },

    /** Deletes an upload no draft or version uses (one in use is taken out of the draft instead). */
    async remove(user: AuthUser, listingId: string, mediaId: string): Promise<void> {
      const listing = await ownListing(user, listingId);
      const doc = (await media.listMeta(listingId)).find((m) => m._id === mediaId);
      if (!doc) throw new NotFoundError('No such image.');
      if ((await usedPaths(listing)).has(mediaPath(doc)))
        throw new ConflictError(
          'The draft or a submitted version shows this image. Take it out of the draft first.',
        );
      await media.remove(listingId, mediaId);
    },

    /**
     * Field errors for uploaded paths in a draft: each must be an upload of this very listing, of the
     * kind its field shows (an icon is not a screenshot). Other `/media` paths are the catalog's files.
     */
    async draftErrors(listingId: string | null, draft: ListingDraft): Promise<FieldError[]> {
      const fields = mediaFields(draft).filter((m) => isUploadName(splitPath(m.src)?.file ?? ''));
      if (fields.length === 0) return [];
      const own = new Map((listingId ? await media.listMeta(listingId) : []).map((m) => [m._id, m]));
      return fields.flatMap(({ field, kind, src }) => {
        const file = splitPath(src)?.file ?? '';
        const doc = UPLOADED_MEDIA_FILE.test(file) ? own.get(idOf(file)) : undefined;
        if (doc && mediaPath(doc) === src && doc.kind === kind) return [];
        const message = listingId
          ? `must be an ${kind} uploaded for this listing`
          : 'images can be uploaded once the listing is saved';
        return [{ in: 'body' as const, field, message }];
      });
    },

    /** After a draft save: uploads that nothing uses any more are deleted (nothing kept that leads nowhere). */
    async afterDraftSaved(listing: ListingDoc): Promise<void> {
      const used = await usedPaths(listing);
      for (const meta of await media.listMeta(listing._id)) {
        if (!used.has(mediaPath(meta))) await media.remove(listing._id, meta._id);
      }
    },

    /** An uploaded file by its public path, or null when the name is not an upload's (the catalog's files). */
    async file(dir: string, file: string): Promise<{ data: Buffer; contentType: string } | null> {
      if (!isUploadName(file)) return null;
      const doc = UPLOADED_MEDIA_FILE.test(file) ? await media.findById(idOf(file)) : null;
      if (!doc || mediaPath(doc) !== `/media/${dir}/${file}`) throw new NotFoundError('No such image.');
      return { data: Buffer.from(doc.data, 'base64'), contentType: doc.contentType };
    },
  };
}

export type MediaService = ReturnType<typeof createMediaService>;
