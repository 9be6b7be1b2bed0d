import type { AuditService, PendingAuditEvent } from './audit.service.ts';

interface PendingSource {
  withPendingAudit(): Promise<{ _id: string; pendingAudit?: PendingAuditEvent }[]>;
  clearPendingAudit(id: string): Promise<void>;
}

/**
 * At boot: moves audit events that were written with their document but not yet into the trail
 * (the process died in between) into the trail. Appending is idempotent by event id.
 */
export async function reconcilePendingAudit(audit: AuditService, sources: PendingSource[]): Promise<number> {
  let moved = 0;
  for (const source of sources) {
    for (const doc of await source.withPendingAudit()) {
      if (!doc.pendingAudit) continue;
      await audit.commit(doc.pendingAudit);
      await source.clearPendingAudit(doc._id);
      moved += 1;
    }
  }
  return moved;
}
