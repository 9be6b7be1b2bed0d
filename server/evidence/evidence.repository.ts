import { DuplicateKeyError, type Store } from '../store/store.port.ts';
import {
  EVIDENCE,
  EVIDENCE_FILES,
  type EvidenceDoc,
  type EvidenceFileDoc,
  EXPIRY_NOTICES,
  type ExpiryNoticeDoc,
} from './evidence.documents.ts';

export async function createEvidenceRepository(store: Store) {
  const items = await store.collection<EvidenceDoc>(EVIDENCE, [{ field: 'listingId' }]);
  const files = await store.collection<EvidenceFileDoc>(EVIDENCE_FILES, [{ field: 'listingId' }]);
  const notices = await store.collection<ExpiryNoticeDoc>(EXPIRY_NOTICES);
  return {
    insertFile: (doc: EvidenceFileDoc) => files.insertOne(doc),
    findFile: (id: string) => files.findOne({ _id: id }),
    insertItem: (doc: EvidenceDoc) => items.insertOne(doc),
    findItem: (id: string) => items.findOne({ _id: id }),
    /** The vendor's working set: what the next submission carries. */
    listCurrent: (listingId: string) => items.find({ listingId, removed: false }, { sort: { createdAt: 1 } }),
    async remove(listingId: string, id: string): Promise<boolean> {
      return items.updateOne({ _id: id, listingId, removed: false }, { $set: { removed: true } });
    },
    async noticeSent(evidenceId: string, stage: ExpiryNoticeDoc['stage']): Promise<boolean> {
      return (await notices.count({ _id: `${evidenceId}:${stage}` })) > 0;
    },
    async markNoticeSent(evidenceId: string, stage: ExpiryNoticeDoc['stage'], at: string): Promise<void> {
      try {
        await notices.insertOne({ _id: `${evidenceId}:${stage}`, evidenceId, stage, at });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    },
  };
}

export type EvidenceRepository = Awaited<ReturnType<typeof createEvidenceRepository>>;
