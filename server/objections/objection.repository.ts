import type { Store, Update } from '../store/store.port.ts';
import { OBJECTION_INDEXES, OBJECTIONS, type ObjectionDoc } from './objection.documents.ts';

export async function createObjectionRepository(store: Store) {
  const objections = await store.collection<ObjectionDoc>(OBJECTIONS, OBJECTION_INDEXES);
  return {
    /** Throws DuplicateKeyError when the decision has an objection already. */
    insert: (doc: ObjectionDoc) => objections.insertOne(doc),
    findById: (id: string) => objections.findOne({ _id: id }),
    findByDecision: (decisionId: string) => objections.findOne({ decisionId }),
    list: (filter: { status?: ObjectionDoc['status']; organisationIds?: string[]; dueBefore?: string }) => {
      const query: Record<string, unknown> = {};
      if (filter.status) query.status = filter.status;
      if (filter.organisationIds) query.organisationId = { $in: filter.organisationIds };
      if (filter.dueBefore) query.decisionDue = { $lt: filter.dueBefore };
      return objections.find(query, { sort: { receivedAt: 1 }, limit: 500 });
    },
    /** Applies the update only if nobody changed the objection since `revision`. */
    updateAtRevision(id: string, revision: number, update: Update) {
      const withRevision: Update = { ...update, $inc: { ...(update.$inc ?? {}), revision: 1 } };
      return objections.findOneAndUpdate({ _id: id, revision }, withRevision);
    },
  };
}

export type ObjectionRepository = Awaited<ReturnType<typeof createObjectionRepository>>;
