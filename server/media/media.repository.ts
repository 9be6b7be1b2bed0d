import type { Store } from '../store/store.port.ts';
import { LISTING_MEDIA, type MediaDoc, type MediaMeta } from './media.documents.ts';

export async function createMediaRepository(store: Store) {
  const media = await store.collection<MediaDoc>(LISTING_MEDIA, [{ field: 'listingId' }]);
  return {
    insert: (doc: MediaDoc) => media.insertOne(doc),
    findById: (id: string) => media.findOne({ _id: id }),
    /** A listing's uploads without their bytes. */
    listMeta: (listingId: string): Promise<MediaMeta[]> =>
      media.find({ listingId }, { sort: { createdAt: 1 }, omit: ['data'] }),
    remove: (listingId: string, id: string) => media.deleteOne({ _id: id, listingId }),
  };
}

export type MediaRepository = Awaited<ReturnType<typeof createMediaRepository>>;
