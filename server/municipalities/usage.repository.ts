import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/**
 * How often residents of a municipality opened an app, per week: a count and nothing else. No
 * resident id, time or claim is kept here, so the figures can be shown to municipality staff
 * without showing anyone's use of an app (DESIGN.md: a resident's use of apps is private).
 */
interface UsageDoc {
  /** `${municipality}:${slug}:${week}` */
  _id: string;
  municipality: string;
  slug: string;
  /** The Monday (UTC) that starts the week, as YYYY-MM-DD. */
  week: string;
  launches: number;
}

export const USAGE_WEEKS = 8;

/** The Monday (UTC) of the week `at` falls in, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const day = (at.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** The last `count` week starts, oldest first, ending with the current week. */
export function recentWeeks(now: Date, count = USAGE_WEEKS): string[] {
  const current = Date.parse(`${weekOf(now)}T00:00:00.000Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

export async function createUsageRepository(store: Store) {
  const usage = await store.collection<UsageDoc>('usage', [{ field: 'municipality' }]);
  return {
    /** Adds one launch to this week's count; insert-or-increment, safe when two launch at once. */
    async countLaunch(municipality: string, slug: string, at = new Date()): Promise<void> {
      const week = weekOf(at);
      const _id = `${municipality}:${slug}:${week}`;
      if (await usage.updateOne({ _id }, { $inc: { launches: 1 } })) return;
      try {
        await usage.insertOne({ _id, municipality, slug, week, launches: 1 });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        await usage.updateOne({ _id }, { $inc: { launches: 1 } });
      }
    },
    /** Counts of one municipality from `since` (a week start) on. */
    async forMunicipality(municipality: string, since: string) {
      const docs = await usage.find({ municipality, week: { $gte: since } });
      return docs.map(({ slug, week, launches }) => ({ slug, week, launches }));
    },
  };
}

export type UsageRepository = Awaited<ReturnType<typeof createUsageRepository>>;
