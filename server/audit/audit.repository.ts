import type { AuditEvent } from '../../shared/schemas/audit.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

interface AuditDoc extends Omit<AuditEvent, 'id'> {
  _id: string;
  /** Every id the event concerns (listing, version, municipality), for filtering by subject. */
  subjects: string[];
}

export interface ActionFilter {
  actions: string[];
  actorId?: string | undefined;
  /** An id in the event's subjects (a listing's id finds its versions' events too). */
  subject?: string | undefined;
  /** ISO instants: from (inclusive) until (exclusive). */
  from?: string | undefined;
  until?: string | undefined;
}

/**
 * Actions an earlier version recorded about residents (with their name) in the staff trail. They
 * are the resident's own business (issue 9 item 3, decision 080): never listed, and erased at boot.
 */
export const RESIDENT_ACTIONS = ['consent.given'] as const;

/** Append-only: no update, and the one delete erases what never belonged in the trail. */
export async function createAuditRepository(store: Store) {
  // `action` is indexed for the reviewers' decision history (issue 11), which filters by it.
  const events = await store.collection<AuditDoc>('audit', [
    { field: 'subjects' },
    { field: 'at' },
    { field: 'action' },
  ]);
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
    /** Events of the given actions, newest first, with every subject they concern. */
    async listByActions(filter: ActionFilter, page: number, pageSize: number) {
      const query: Record<string, unknown> = { action: { $in: filter.actions } };
      if (filter.actorId) query['actor.id'] = filter.actorId;
      if (filter.subject) query.subjects = { $in: [filter.subject] };
      if (filter.from || filter.until)
        query.at = {
          ...(filter.from ? { $gte: filter.from } : {}),
          ...(filter.until ? { $lt: filter.until } : {}),
        };
      const [docs, total] = await Promise.all([
        events.find(query, { sort: { at: -1 }, skip: (page - 1) * pageSize, limit: pageSize }),
        events.count(query),
      ]);
      return { items: docs.map(({ _id, ...event }) => ({ id: _id, ...event })), total };
    },
    /** Who appears as the actor of these actions (the newest `limit` events), for a filter list. */
    async actorsOf(actions: string[], limit: number): Promise<AuditEvent['actor'][]> {
      const docs = await events.find(
        { action: { $in: actions } },
        { sort: { at: -1 }, limit, omit: ['details', 'reason', 'subjects'] },
      );
      const byId = new Map(docs.map((d) => [d.actor.id, d.actor]));
      return [...byId.values()];
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
