import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { Store, Update } from '../store/store.port.ts';
import {
  fromStored,
  LISTING_INDEXES,
  LISTINGS,
  type ListingDoc,
  type LiveVersion,
  nameKeysOf,
  type StoredListingDoc,
  toStored,
} from './listing.documents.ts';

const one = (stored: StoredListingDoc | null) => (stored ? fromStored(stored) : null);

const all = (stored: StoredListingDoc[]) => stored.map(fromStored);

export async function createListingRepository(store: Store) {
  const listings = await store.collection<StoredListingDoc>(LISTINGS, LISTING_INDEXES);
  return {
    insert: (doc: ListingDoc) => listings.insertOne(toStored(doc)),
    withPendingAudit: async () => all(await listings.find({ pendingAudit: { $exists: true } })),
    clearPendingAudit: async (id: string) => {
      await listings.updateOne({ _id: id }, { $unset: { pendingAudit: true } });
    },
    findById: async (id: string) => one(await listings.findOne({ _id: id })),
    findBySlug: async (slug: string) => one(await listings.findOne({ slug })),
    findByClientId: async (clientId: string) => one(await listings.findOne({ clientId })),
    listByOrganisations: async (organisationIds: string[]) =>
      all(await listings.find({ organisationId: { $in: organisationIds } }, { sort: { updatedAt: -1 } })),
    listByStatus: async (status: ListingDoc['status']) =>
      all(await listings.find({ status }, { sort: { slug: 1 } })),
    async slugTaken(slug: string): Promise<boolean> {
      return (await listings.count({ slug })) > 0;
    },
    /** Another listing (not withdrawn) whose draft or live name has this key, if any. */
    async nameHolder(key: string, exceptId: string | null): Promise<ListingDoc | null> {
      const others = { _id: { $ne: exceptId ?? '' }, status: { $ne: 'withdrawn' } };
      return one(
        (await listings.findOne({ draftNameKey: key, ...others })) ??
          (await listings.findOne({ liveNameKey: key, ...others })),
      );
    },
    /** Gives documents an earlier version wrote their name keys; returns how many. */
    async backfillNameKeys(): Promise<number> {
      const missing = await listings.find({ draftNameKey: { $exists: false } });
      for (const doc of missing) {
        await listings.updateOne({ _id: doc._id }, { $set: { ...nameKeysOf(doc.draft, doc.live) } });
      }
      return missing.length;
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
    async updateAtRevision(
      id: string,
      revision: number,
      update: Update,
      extraFilter: Record<string, unknown> = {},
    ) {
      const set = update.$set ?? {};
      // A new draft or live version changes the indexed name keys with it.
      const keys =
        'draft' in set || 'live' in set
          ? nameKeysOf(
              (set.draft as ListingDraft | null | undefined) ?? null,
              set.live as LiveVersion | null | undefined,
            )
          : {};
      const withRevision: Update = {
        ...update,
        $set: { ...set, ...keys, updatedAt: new Date().toISOString() },
        $inc: { ...(update.$inc ?? {}), revision: 1 },
      };
      return one(await listings.findOneAndUpdate({ _id: id, revision, ...extraFilter }, withRevision));
    },
  };
}

export type ListingRepository = Awaited<ReturnType<typeof createListingRepository>>;
