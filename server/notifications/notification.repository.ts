import { DuplicateKeyError, type Store } from '../store/store.port.ts';
import { NOTIFICATIONS, type NotificationDoc, OUTBOX, type OutboxDoc } from './notification.documents.ts';

async function insertIgnoringDuplicate(insert: () => Promise<void>): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
}

export async function createNotificationRepository(store: Store) {
  const inApp = await store.collection<NotificationDoc>(NOTIFICATIONS, [{ field: 'personId' }]);
  const outbox = await store.collection<OutboxDoc>(OUTBOX, [{ field: 'status' }]);
  return {
    /** Idempotent: the same event for the same person is stored once. */
    addInApp: (doc: NotificationDoc) => insertIgnoringDuplicate(() => inApp.insertOne(doc)),
    enqueueMail: (doc: OutboxDoc) => insertIgnoringDuplicate(() => outbox.insertOne(doc)),
    listFor: (personId: string, limit: number) =>
      inApp.find({ personId }, { sort: { createdAt: -1 }, limit }),
    markRead: (personId: string, id: string, at: string) =>
      inApp.updateOne({ _id: id, personId }, { $set: { readAt: at } }),
    dueMail: (now: number, limit: number) =>
      outbox.find(
        { status: 'pending', nextAttemptAt: { $lte: now }, lockedUntil: { $lte: now } },
        { sort: { nextAttemptAt: 1 }, limit },
      ),
    /** Of several workers, exactly one gets the mail: the lock is checked in the filter. */
    claimMail: (doc: OutboxDoc, now: number, lockMs: number) =>
      outbox.updateOne(
        { _id: doc._id, status: 'pending', lockedUntil: doc.lockedUntil, attempts: doc.attempts },
        { $set: { lockedUntil: now + lockMs } },
      ),
    mailSent: (id: string, at: string) =>
      outbox.updateOne({ _id: id }, { $set: { status: 'sent', sentAt: at, lockedUntil: 0 } }),
    mailFailed: (id: string, attempts: number, nextAttemptAt: number, error: string, gaveUp: boolean) =>
      outbox.updateOne(
        { _id: id },
        {
          $set: {
            status: gaveUp ? 'failed' : 'pending',
            attempts,
            nextAttemptAt,
            lockedUntil: 0,
            lastError: error.slice(0, 500),
          },
        },
      ),
    findMail: (id: string) => outbox.findOne({ _id: id }),
    countMail: (status: OutboxDoc['status']) => outbox.count({ status }),
  };
}

export type NotificationRepository = Awaited<ReturnType<typeof createNotificationRepository>>;
