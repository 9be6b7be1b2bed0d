import type { AppListQuery, Category } from '../../shared/schemas/catalog.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import { NotFoundError } from '../http/errors.ts';
import type { PreparedJson } from '../http/prepared-json.ts';
import type { CatalogRepository, CatalogSnapshot } from './catalog.repository.ts';
import { CatalogReadModel, SEARCH_LABELS, searchEntries, searchFingerprints } from './read-model.ts';
import { CatalogSearch, prestartFill } from './search-index.ts';

/** How long an instance trusts its read model before it checks the store's change counter. */
const COUNTER_CHECK_MS = 1_000;
const SNAPSHOT_KEY = 'catalog-snapshot';
const SYNCED_KEY = 'search-synced-with';
const KEEP_LATER_MS = 1_000;

/**
 * Serves the public catalog from the in-memory read model. A change made by this instance
 * rebuilds at once (`changed()`); a change made by another instance is seen within a second
 * through the change counter in the store.
 */
export function createCatalogService(
  repository: CatalogRepository,
  options: {
    counterCheckMs?: number;
    /** Where the search index is kept between runs (a cache: missing or stale is rebuilt). */
    searchSnapshotFile?: string;
  } = {},
) {
  const counterCheckMs = options.counterCheckMs ?? COUNTER_CHECK_MS;
  const fillWorker = options.searchSnapshotFile ? prestartFill(options.searchSnapshotFile) : undefined;
  let search: CatalogSearch | undefined;
  let savedVersion = 0;
  let model: CatalogReadModel | undefined;
  let counter = -1;
  /** A go-live date or an expiry ahead: the model is stale from then on, without any write. */
  let nextChangeAt = Number.POSITIVE_INFINITY;
  let checkedAt = 0;
  let pending: Promise<CatalogReadModel> | undefined;
  /** Keeps a first start's snapshot beside the index; run by a timer or at shutdown. */
  let keepLater: (() => void) | undefined;

  /**
   * The store's snapshot of what the catalog shows, and the search index brought up to date with
   * it. A restart with an unchanged catalog takes the snapshot kept beside the index under the same
   * change counter instead of reading and parsing 10,000 listings again (issue 10: most of a
   * restart; decision 016). An empty index (a first start) is filled while the listings are read.
   */
  async function snapshotAt(
    version: string,
    index: CatalogSearch,
  ): Promise<{ snapshot: CatalogSnapshot; indexed?: Promise<unknown> }> {
    const kept = index.cached(SNAPSHOT_KEY, version);
    if (kept) {
      const snapshot = repository.revive(kept);
      if (snapshot && (snapshot.nextChangeAt ?? Number.POSITIVE_INFINITY) > Date.now()) {
        // The index was brought up to date with this very snapshot before: nothing to compare.
        if (index.cached(SYNCED_KEY, version) !== undefined) return { snapshot };
        return { snapshot, indexed: syncWith(snapshot, index) };
      }
    }
    if (!index.isEmpty()) {
      const snapshot = await repository.snapshot();
      index.keep(SNAPSHOT_KEY, version, repository.serialise(snapshot));
      return { snapshot, indexed: syncWith(snapshot, index) };
    }
    const fill = index.fill();
    const snapshot = await repository.snapshot({
      onBatch: (batch) => fill.add(searchEntries(batch, batch.descriptions)),
    });
    const indexed = fill.done().then(() => {
      // Kept for the next start a moment after this one is ready, not on its way there (~50 ms
      // at 10,000 listings), and after the fill: its worker holds the index's write lock until then.
      keepLater = () => {
        keepLater = undefined;
        try {
          index.keep(SNAPSHOT_KEY, version, repository.serialise(snapshot));
        } catch {
          // Only a cache: the next start reads the store instead.
        }
      };
      setTimeout(() => keepLater?.(), KEEP_LATER_MS).unref();
    });
    return { snapshot, indexed };
  }

  /** Indexes again the apps whose search document is stale. */
  async function syncWith(snapshot: CatalogSnapshot, index: CatalogSearch): Promise<void> {
    const stale = await repository.descriptions(index.stale(searchFingerprints(snapshot)));
    index.sync(searchEntries(snapshot, stale));
  }

  async function rebuild(): Promise<CatalogReadModel> {
    const seen = await repository.changeCounter();
    search ??= options.searchSnapshotFile
      ? await CatalogSearch.load(options.searchSnapshotFile, fillWorker)
      : CatalogSearch.empty();
    const index = search;
    const version = `${seen}:${repository.snapshotFormat}:${SEARCH_LABELS}`;
    const { snapshot, indexed } = await snapshotAt(version, index);
    // Built while a first fill of the index runs in its worker thread.
    const built = new CatalogReadModel(snapshot, index);
    if (indexed) {
      await indexed;
      index.keep(SYNCED_KEY, version, 'synced');
    }
    model = built;
    nextChangeAt = snapshot.nextChangeAt ?? Number.POSITIVE_INFINITY;
    counter = seen;
    checkedAt = Date.now();
    return built;
  }

  /** The read model when it was checked against the store within the last second. */
  function freshModel(): CatalogReadModel | undefined {
    const now = Date.now();
    return model && now - checkedAt < counterCheckMs && now < nextChangeAt ? model : undefined;
  }

  async function current(): Promise<CatalogReadModel> {
    const fresh = freshModel();
    if (fresh) return fresh;
    pending ??= (async () => {
      try {
        if (model && Date.now() < nextChangeAt && (await repository.changeCounter()) === counter) {
          checkedAt = Date.now();
          return model;
        }
        return await rebuild();
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  }

  return {
    /** Rebuilds the read model and tells other instances, after a publish, suspension or offer. */
    async changed(): Promise<void> {
      await repository.bumpChangeCounter();
      await rebuild();
    },
    /** For the fast lane, which must not wait: otherwise undefined, and the request goes the full way. */
    freshModel,
    /**
     * Writes the search index snapshot when it changed since it was loaded or last saved. Called
     * at shutdown, not after each change: serialising the index of 10,000 apps holds the event
     * loop for ~0.8 s. After a crash the next start syncs the older snapshot by difference.
     */
    async saveSearchIndex(): Promise<void> {
      keepLater?.();
      const file = options.searchSnapshotFile;
      if (!file || !search || search.version === savedVersion) return;
      const version = search.version;
      await search.save(file);
      savedVersion = version;
    },
    /** Builds the read model before the server reports ready; requests meanwhile wait for it. */
    async warmUp(): Promise<void> {
      pending ??= rebuild().finally(() => {
        pending = undefined;
      });
      await pending;
    },
    /** An AppList page, serialised. */
    async listApps(query: AppListQuery): Promise<PreparedJson> {
      return (await current()).list(query);
    },
    /** An AppDetail, serialised. */
    async getApp(slug: string): Promise<PreparedJson> {
      const model = await current();
      const built = model.detail(slug);
      if (built) return built;
      const listing = model.has(slug) ? await repository.findPublished(slug) : null;
      if (!listing) throw new NotFoundError(`There is no app "${slug}" in the catalog.`);
      return model.buildDetail(listing);
    },
    /** Whether the app is in the catalog now (live). */
    async isLive(slug: string): Promise<boolean> {
      return (await current()).has(slug);
    },
    /** The slugs a municipality's residents see as offered; null for an unknown municipality. */
    async offeredSlugs(code: string): Promise<string[] | null> {
      return (await current()).offeredSlugs(code) ?? null;
    },
    async listCategories(): Promise<Category[]> {
      return (await current()).categories();
    },
    async listMunicipalities(): Promise<Municipality[]> {
      return (await current()).municipalities();
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
