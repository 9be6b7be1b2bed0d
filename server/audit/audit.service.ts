import type { AuditEvent } from '../../shared/schemas/audit.ts';
import { ForbiddenError } from '../http/errors.ts';
import { type AuthUser, displayName, isPlatformAdmin, isReviewer } from '../identity/identity.types.ts';
import type { AuditRepository } from './audit.repository.ts';

export interface AuditEntry {
  actor: AuthUser | { id: string; name: string };
  action: string;
  subject: AuditEvent['subject'];
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Other subjects the event belongs to, e.g. the listing of a version. */
  related?: string[];
}

export function createAuditService(repository: AuditRepository, now: () => Date = () => new Date()) {
  return {
    /** Records who did what, when and why; events are never changed afterwards. */
    async record(entry: AuditEntry): Promise<void> {
      const actor =
        'profile' in entry.actor
          ? { id: entry.actor.id, name: displayName(entry.actor) }
          : { id: entry.actor.id, name: entry.actor.name };
      await repository.append(
        {
          at: now().toISOString(),
          actor,
          action: entry.action,
          subject: entry.subject,
          reason: entry.reason ?? null,
          details: entry.details ?? {},
        },
        entry.related,
      );
    },

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
