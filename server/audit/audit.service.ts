import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../../shared/schemas/audit.ts';
import { ForbiddenError } from '../http/errors.ts';
import { type AuthUser, displayName, isPlatformAdmin, isReviewer } from '../identity/identity.types.ts';
import type { ActionFilter, AuditRepository } from './audit.repository.ts';

export interface AuditEntry {
  actor: AuthUser | { id: string; name: string };
  action: string;
  subject: AuditEvent['subject'];
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Other subjects the event belongs to, e.g. the listing of a version. */
  related?: string[];
}

export interface PendingAuditEvent {
  event: AuditEvent;
  related: string[];
}

/** Told of each event once it is in the trail (notifications, issue 12); must not throw. */
export type AuditListener = (event: AuditEvent, related: string[]) => Promise<void>;
const onlyResident = (user: AuthUser) =>
  user.memberships.length > 0 && user.memberships.every((m) => m.role === 'resident');

export function createAuditService(repository: AuditRepository, now: () => Date = () => new Date()) {
  const listeners: AuditListener[] = [];
  return {
    subscribe(listener: AuditListener): void {
      listeners.push(listener);
    },

    /**
     * An event ready to store. A service that creates a document embeds it there (`pendingAudit`)
     * in the same write, so a crash between the change and the trail cannot lose it.
     */
    prepare(entry: AuditEntry): PendingAuditEvent {
      // Staff read this trail: a resident's name there would tell them who uses which app (issue 9).
      if ('profile' in entry.actor && onlyResident(entry.actor)) {
        throw new Error(`a resident's action (${entry.action}) does not belong in the staff audit trail`);
      }
      const actor =
        'profile' in entry.actor
          ? { id: entry.actor.id, name: displayName(entry.actor) }
          : { id: entry.actor.id, name: entry.actor.name };
      return {
        event: {
          id: randomUUID(),
          at: now().toISOString(),
          actor,
          action: entry.action,
          subject: entry.subject,
          reason: entry.reason ?? null,
          details: entry.details ?? {},
        },
        related: entry.related ?? [],
      };
    },

    /** Appends a prepared event (idempotent). */
    async commit(pending: PendingAuditEvent): Promise<void> {
      await repository.append(pending.event, pending.related);
      for (const listener of listeners) await listener(pending.event, pending.related);
    },

    /** Records who did what, when and why; events are never changed afterwards. */
    async record(entry: AuditEntry): Promise<void> {
      await this.commit(this.prepare(entry));
    },

    /** Erases resident events an earlier version wrote into the trail (run at boot). */
    forgetResidentEvents: () => repository.forgetResidentEvents(),

    /** Events of some actions with their subjects, for a view that checks its own readers (review history). */
    listByActions: (filter: ActionFilter, page: number, pageSize: number) =>
      repository.listByActions(filter, page, pageSize),
    actorsOf: (actions: string[], limit: number) => repository.actorsOf(actions, limit),

    /** Reviewers and platform admins read everything; a municipality admin reads their municipality's events. */
    async list(user: AuthUser, query: { subject?: string | undefined; page: number; pageSize: number }) {
      if (isReviewer(user) || isPlatformAdmin(user)) {
        return repository.list(
          query.subject ? { subjects: [query.subject] } : {},
          query.page,
          query.pageSize,
        );
      }
      const administered = user.memberships.flatMap((m) =>
        m.role === 'municipality-admin' ? [m.municipality] : [],
      );
      if (administered.length === 0)
        throw new ForbiddenError('Only reviewers and administrators read the audit trail.');
      const subjects = query.subject ? administered.filter((code) => code === query.subject) : administered;
      if (subjects.length === 0)
        throw new ForbiddenError('You can read the events of your own municipality only.');
      return repository.list({ subjects }, query.page, query.pageSize);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
