import type { Store, Update } from '../store/store.port.ts';
import { LISTING_INDEXES, LISTINGS, type ListingDoc } from './listing.documents.ts';

export async function createListingRepository(store: Store) {
  const listings = await store.collection<ListingDoc>(LISTINGS, LISTING_INDEXES);
  return {
    insert: (doc: ListingDoc) => listings.insertOne(doc),
    withPendingAudit: () => listings.find({ pendingAudit: { $exists: true } }),
    clearPendingAudit: async (id: string) => {
      await listings.updateOne({ _id: id }, { $unset: { pendingAudit: true } });
    },
    findById: (id: string) => listings.findOne({ _id: id }),
    findBySlug: (slug: string) => listings.findOne({ slug }),
    findByClientId: (clientId: string) => listings.findOne({ clientId }),
    listByOrganisations: (organisationIds: string[]) =>
      listings.find({ organisationId: { $in: organisationIds } }, { sort: { updatedAt: -1 } }),
    listByStatus: (status: ListingDoc['status']) => listings.find({ status }, { sort: { slug: 1 } }),
    async slugTaken(slug: string): Promise<boolean> {
      return (await listings.count({ slug })) > 0;
    },
    /** Marks a review open unless one is; false when another submission got there first. */
    async openReview(id: string, versionId: string): Promise<boolean> {
      return listings.updateOne({ _id: id, openReview: null }, { $set: { openReview: versionId } });
    },
    /** Ends the open review once a decision closes it (changes requested, rejected or approved). */
    async closeReview(id: string, versionId: string): Promise<void> {
      await listings.updateOne({ _id: id, openReview: versionId }, { $set: { openReview: null } });
    },
    /** Applies the update only if the listing is still at `revision`; null when someone changed it. */
    updateAtRevision(
      id: string,
      revision: number,
      update: Update,
      extraFilter: Record<string, unknown> = {},
    ) {
      const withRevision: Update = {
        ...update,
        $set: { ...(update.$set ?? {}), updatedAt: new Date().toISOString() },
        $inc: { ...(update.$inc ?? {}), revision: 1 },
      };
      return listings.findOneAndUpdate({ _id: id, revision, ...extraFilter }, withRevision);
    },
  };
}

export type ListingRepository = Awaited<ReturnType<typeof createListingRepository>>;
