import type { AuditEvent } from '../../shared/schemas/audit.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

interface AuditDoc extends Omit<AuditEvent, 'id'> {
  _id: string;
  /** Every id the event concerns (listing, version, municipality), for filtering by subject. */
  subjects: string[];
}

/**
 * Actions an earlier version recorded about residents (with their name) in the staff trail. They
 * are the resident's own business (issue 9 item 3, decision 080): never listed, and erased at boot.
 */
export const RESIDENT_ACTIONS = ['consent.given'] as const;

/** Append-only: no update, and the one delete erases what never belonged in the trail. */
export async function createAuditRepository(store: Store) {
  const events = await store.collection<AuditDoc>('audit', [{ field: 'subjects' }, { field: 'at' }]);
  return {
    /** Idempotent by event id, so a pending event can be appended again after a crash. */
    async append(event: AuditEvent, related: string[] = []): Promise<void> {
      const { id, ...rest } = event;
      try {
        await events.insertOne({ _id: id, ...rest, subjects: [event.subject.id, ...related] });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    },
    /** Erases resident events an earlier version wrote here; returns how many. */
    async forgetResidentEvents(): Promise<number> {
      return events.deleteMany({ action: { $in: [...RESIDENT_ACTIONS] } });
    },
    async list(filter: { subjects?: string[] }, page: number, pageSize: number) {
      // The $ne holds even while an older instance still writes them during a rolling deploy.
      const notResident = { action: { $ne: RESIDENT_ACTIONS[0] } };
      const query = filter.subjects ? { subjects: { $in: filter.subjects }, ...notResident } : notResident;
      const [docs, total] = await Promise.all([
        events.find(query, { sort: { at: -1 }, skip: (page - 1) * pageSize, limit: pageSize }),
        events.count(query),
      ]);
      const items: AuditEvent[] = docs.map(({ _id, subjects: _subjects, ...event }) => ({
        id: _id,
        ...event,
      }));
      return { items, total, page, pageSize };
    },
  };
}

export type AuditRepository = Awaited<ReturnType<typeof createAuditRepository>>;
