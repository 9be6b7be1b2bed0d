import { randomUUID } from 'node:crypto';
import type { ClaimId } from '../../shared/claims.ts';
import type { Store } from '../store/store.port.ts';

/** A consent given or revoked: the resident's own record, never part of the staff audit trail (issue 9 item 3). */
export interface ConsentHistoryEvent {
  residentId: string;
  action: 'given' | 'revoked';
  listingId: string;
  slug: string;
  /** The app's name at the time, so the history reads well after the app is renamed or withdrawn. */
  appName: string;
  claims: ClaimId[];
  at: Date;
}

interface HistoryDoc extends ConsentHistoryEvent {
  _id: string;
}

/** Kept for two years (AVG: long enough to show what was agreed to, no longer than useful). */
export const CONSENT_HISTORY_TTL_SECONDS = 2 * 365 * 24 * 60 * 60;
/** What "Mijn apps" shows; older events stay until their TTL but are not listed. */
export const CONSENT_HISTORY_PAGE = 100;

export async function createConsentHistoryRepository(store: Store) {
  const events = await store.collection<HistoryDoc>('consent_history', [
    { field: 'residentId' },
    { field: 'at', expireAfterSeconds: CONSENT_HISTORY_TTL_SECONDS },
  ]);
  return {
    async append(event: ConsentHistoryEvent): Promise<void> {
      await events.insertOne({ _id: randomUUID(), ...event });
    },
    /** Newest first; only ever read by the resident it belongs to. */
    async listByResident(residentId: string): Promise<ConsentHistoryEvent[]> {
      const docs = await events.find({ residentId }, { sort: { at: -1 }, limit: CONSENT_HISTORY_PAGE });
      return docs.map(({ _id, ...event }) => ({ ...event, at: new Date(event.at) }));
    },
  };
}

export type ConsentHistoryRepository = Awaited<ReturnType<typeof createConsentHistoryRepository>>;
