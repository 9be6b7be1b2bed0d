import type { Store, Update } from '../store/store.port.ts';
import { INCIDENT_INDEXES, INCIDENTS, type IncidentDoc } from './incident.documents.ts';

export async function createIncidentRepository(store: Store) {
  const incidents = await store.collection<IncidentDoc>(INCIDENTS, INCIDENT_INDEXES);
  return {
    insert: (doc: IncidentDoc) => incidents.insertOne(doc),
    findById: (id: string) => incidents.findOne({ _id: id }),
    list: (status?: IncidentDoc['status']) =>
      incidents.find(status ? { status } : {}, { sort: { reportedAt: -1 }, limit: 500 }),
    listByListings: (listingIds: string[]) =>
      incidents.find({ listingId: { $in: listingIds } }, { sort: { reportedAt: -1 }, limit: 100 }),
    listClosed: (limit: number) => incidents.find({ status: 'closed' }, { sort: { closedAt: -1 }, limit }),
    listUnnotified: () => incidents.find({ notified: false }, { limit: 50 }),
    markNotified: (id: string) => incidents.updateOne({ _id: id }, { $set: { notified: true } }),
    /** Null when someone changed the incident since `revision`. */
    updateAtRevision(id: string, revision: number, update: Update) {
      return incidents.findOneAndUpdate(
        { _id: id, revision },
        { ...update, $inc: { ...(update.$inc ?? {}), revision: 1 } },
      );
    },
  };
}

export type IncidentRepository = Awaited<ReturnType<typeof createIncidentRepository>>;
