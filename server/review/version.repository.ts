import type { Store, Update } from '../store/store.port.ts';
import { VERSION_INDEXES, VERSIONS, type VersionDoc } from './version.documents.ts';

export async function createVersionRepository(store: Store) {
  const versions = await store.collection<VersionDoc>(VERSIONS, VERSION_INDEXES);
  return {
    insert: (doc: VersionDoc) => versions.insertOne(doc),
    withPendingAudit: () => versions.find({ pendingAudit: { $exists: true } }),
    clearPendingAudit: async (id: string) => {
      await versions.updateOne({ _id: id }, { $unset: { pendingAudit: true } });
    },
    findById: (id: string) => versions.findOne({ _id: id }),
    listByListing: (listingId: string) => versions.find({ listingId }, { sort: { number: -1 } }),
    listByStatuses: (statuses: string[]) =>
      versions.find({ status: { $in: statuses } }, { sort: { submittedAt: 1 } }),
    listApproved: () => versions.find({ status: 'approved' }),
    /** Applies the update only if nobody changed the version since `revision`; null when someone did. */
    updateAtRevision(
      id: string,
      revision: number,
      update: Update,
      extraFilter: Record<string, unknown> = {},
    ) {
      const withRevision: Update = { ...update, $inc: { ...(update.$inc ?? {}), revision: 1 } };
      return versions.findOneAndUpdate({ _id: id, revision, ...extraFilter }, withRevision);
    },
  };
}

export type VersionRepository = Awaited<ReturnType<typeof createVersionRepository>>;
