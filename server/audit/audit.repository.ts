import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../../shared/schemas/audit.ts';
import type { Store } from '../store/store.port.ts';

interface AuditDoc extends Omit<AuditEvent, 'id'> {
  _id: string;
  /** Every id the event concerns (listing, version, municipality), for filtering by subject. */
  subjects: string[];
}

/** Append-only: this repository has no update or delete. */
export async function createAuditRepository(store: Store) {
  const events = await store.collection<AuditDoc>('audit', [{ field: 'subjects' }, { field: 'at' }]);
  return {
    async append(event: Omit<AuditEvent, 'id'>, related: string[] = []): Promise<void> {
      await events.insertOne({ _id: randomUUID(), ...event, subjects: [event.subject.id, ...related] });
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
