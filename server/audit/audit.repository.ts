import type { AuditEvent } from '../../shared/schemas/audit.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

interface AuditDoc extends Omit<AuditEvent, 'id'> {
  _id: string;
  /** Every id the event concerns (listing, version, municipality), for filtering by subject. */
  subjects: string[];
}

/** Append-only: this repository has no update or delete. */
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
    async list(filter: { subjects?: string[] }, page: number, pageSize: number) {
      const query = filter.subjects ? { subjects: { $in: filter.subjects } } : {};
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
