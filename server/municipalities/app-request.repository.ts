import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/**
 * A resident's request that their municipality offer an app. The id is a keyed hash of the
 * resident and the app (`AppRequestKeys`): enough to count each resident once and to let them
 * withdraw, while the collection itself names nobody (docs/decisions/105).
 */
interface AppRequestDoc {
  _id: string;
  municipality: string;
  slug: string;
  /** The day of the request (no time): only what the retention period needs. */
  at: Date;
}

/** A wish nobody answered in a year is dropped; the resident can ask again. */
export const APP_REQUEST_TTL_SECONDS = 365 * 24 * 60 * 60;

export const APP_REQUESTS = 'app_requests';

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function createAppRequestRepository(store: Store) {
  const requests = await store.collection<AppRequestDoc>(APP_REQUESTS, [
    { field: 'municipality' },
    { field: 'at', expireAfterSeconds: APP_REQUEST_TTL_SECONDS },
  ]);
  return {
    /** The municipality this request counts for, or null when there is none. */
    async find(id: string): Promise<string | null> {
      return (await requests.findOne({ _id: id }))?.municipality ?? null;
    },
    /** One request per resident and app: asking again, or from a new municipality, replaces it. */
    async save(id: string, municipality: string, slug: string): Promise<void> {
      if (await requests.updateOne({ _id: id }, { $set: { municipality, at: today() } })) return;
      try {
        await requests.insertOne({ _id: id, municipality, slug, at: today() });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        await requests.updateOne({ _id: id }, { $set: { municipality, at: today() } });
      }
    },
    async remove(id: string): Promise<void> {
      await requests.deleteOne({ _id: id });
    },
    /** Residents per app for one municipality. */
    async countByApp(municipality: string): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const doc of await requests.find({ municipality }, { omit: ['at'] }))
        counts.set(doc.slug, (counts.get(doc.slug) ?? 0) + 1);
      return counts;
    },
    /** Once the municipality offers the app, the requests are answered: nothing is kept of them. */
    async removeAnswered(municipality: string, slug: string): Promise<number> {
      return requests.deleteMany({ municipality, slug });
    },
  };
}

export type AppRequestRepository = Awaited<ReturnType<typeof createAppRequestRepository>>;
