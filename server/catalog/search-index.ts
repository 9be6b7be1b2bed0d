import { chmodSync, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
import { PROJECT_ROOT } from '../project-root.ts';
import { fuzzyAlternatives } from './search-fuzzy.ts';

export interface SearchDocument {
  slug: string;
  name: string;
  tagline: string;
  description: string;
  vendor: string;
  categories: string;
}

/** Words of a query that are searched; a resident types a few, a flood of them is a cost attack. */
export const MAX_SEARCH_WORDS = 6;

/** Case- and diacritic-insensitive: "financiele" finds "Financiële". */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/**
 * The distinct words of a query, normalised, at most MAX_SEARCH_WORDS: each word is a walk through
 * the index with prefix and typo expansion (issue 5: a query of 100 one-letter words held the event
 * loop ~300 ms).
 */
export function searchWords(query: string): string[] {
  const words = normaliseTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/**
 * One app for `sync`: a fingerprint that changes whenever its document would (the read model uses
 * the live version and vendor name), and the document, built only when the fingerprint changed.
 */
export interface SearchEntry {
  slug: string;
  fingerprint: string;
  document: () => SearchDocument;
}

/** Bump when the tables or the documents change shape: an index of another format is rebuilt. */
const FORMAT = 'catalog-search/fts5-1';
/** Below this many documents a first fill is done in place: a worker thread takes ~0.1 s to start. */
const FILL_ASIDE_FROM = 1_000;
const FILL_WORKER = path.join(PROJECT_ROOT, 'server', 'catalog', 'search-index.worker.mjs');
const INSERT_DOCUMENT = `INSERT INTO documents (slug, name, tagline, description, vendor, categories) VALUES (?, ?, ?, ?, ?, ?)`;
const REMEMBER_FINGERPRINT = `INSERT OR REPLACE INTO fingerprints (slug, fingerprint) VALUES (?, ?)`;

/** bm25 weight per column of `documents` (slug is not searched): the name weighs most. */
const WEIGHTS = '0, 4.0, 2.0, 1.0, 2.0, 1.5';

function createTables(db: SqliteDatabase): void {
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)`);
  db.exec(
    `CREATE TABLE IF NOT EXISTS fingerprints (slug TEXT PRIMARY KEY NOT NULL, fingerprint TEXT NOT NULL)`,
  );
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS documents USING fts5(
    slug UNINDEXED, name, tagline, description, vendor, categories,
    tokenize = 'unicode61 remove_diacritics 2')`);
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS vocabulary USING fts5vocab(documents, 'row')`);
  db.exec(`CREATE TABLE IF NOT EXISTS snapshots (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)`);
  db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?)`).run(FORMAT);
}

function openIndex(file: string): SqliteDatabase {
  const db = new Database(file, { timeout: 5_000 });
  db.pragma('journal_mode = WAL');
  // It indexes drafts' and apps' texts: the owner's only, like every file in DATA_DIR (issue 9).
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) chmodSync(`${file}${suffix}`, 0o600);
  }
  // A cache: rebuilt from the store when lost, so a commit need not wait for the disk.
  db.pragma('synchronous = OFF');
  const format = (() => {
    try {
      return (
        db.prepare(`SELECT value FROM meta WHERE key = 'format'`).get() as { value: string } | undefined
      )?.value;
    } catch {
      return undefined;
    }
  })();
  if (format !== FORMAT) {
    db.exec(
      `DROP TABLE IF EXISTS vocabulary; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS fingerprints; DROP TABLE IF EXISTS snapshots;`,
    );
  }
  createTables(db);
  return db;
}

export interface IndexFill {
  add(entries: SearchEntry[]): void;
  /** Whether the index changed. */
  done(): Promise<boolean>;
}

export interface FillWorker {
  add(rows: unknown[][][]): void;
  /** Whether the worker filled the index (false when another process had filled it first). */
  commit(): Promise<boolean>;
  /** Stops a worker that was started ahead and turned out not to be needed. */
  stop(): void;
  /** While idle (started ahead, not used yet), it does not keep the process alive. */
  idle(idle: boolean): void;
}

/**
 * A fill worker started before the index is opened, when its file does not exist yet (a first
 * start): a thread takes ~0.1–0.2 s to start, which then passes while the store is seeded and read.
 */
export function prestartFill(file: string): FillWorker | undefined {
  if (existsSync(file)) return undefined;
  const worker = startFillWorker(file);
  worker?.idle(true);
  return worker;
}

/** A worker thread for `fill`; undefined when none can be started (the fill is then done here). */
function startFillWorker(file: string): FillWorker | undefined {
  let worker: Worker;
  try {
    worker = new Worker(FILL_WORKER, {
      workerData: {
        file,
        onlyIf: `SELECT NOT EXISTS (SELECT 1 FROM fingerprints)`,
        statements: [INSERT_DOCUMENT, REMEMBER_FINGERPRINT],
      },
    });
  } catch {
    return undefined;
  }
  const committed = new Promise<boolean>((resolve, reject) => {
    let answer: boolean | undefined;
    worker.once('message', (filled: boolean) => {
      answer = filled;
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      answer === undefined ? reject(new Error(`index worker exited with ${code}`)) : resolve(answer),
    );
  });
  committed.catch(() => undefined); // awaited by commit(); a failure there falls back to sync
  return {
    add: (rows) => worker.postMessage({ rows }),
    commit: () => {
      worker.postMessage({ commit: true });
      return committed;
    },
    stop: () => void worker.terminate(),
    idle: (idle) => (idle ? worker.unref() : worker.ref()),
  };
}

/**
 * The catalog's search index: SQLite FTS5 in a file of its own in DATA_DIR (a cache of the store,
 * whichever engine the store is, rebuilt when missing or of another format), updated by difference:
 * a publish or suspension adds or drops one app instead of re-indexing 10,000, and a restart
 * re-indexes nothing. Ranked by BM25 with the name weighing most, tolerant of diacritics, of prefixes
 * and of typos (one edit in five letters, two from eight). The postings stay on disk, not in
 * the heap. Decision 015 (it replaces MiniSearch, decision 010).
 */
export class CatalogSearch {
  /** Goes up with every change, so an owner can tell whether a sync changed anything. */
  version = 0;
  private terms: string[] | undefined;
  private readonly query: ReturnType<SqliteDatabase['prepare']>;

  private constructor(
    private readonly db: SqliteDatabase,
    /** The index's file; undefined for one in memory. */
    private readonly file?: string,
    /** A fill worker started ahead (`prestartFill`), used by the first `fill`. */
    private prestarted?: FillWorker,
  ) {
    this.query = db.prepare(
      `SELECT slug FROM documents WHERE documents MATCH ? ORDER BY bm25(documents, ${WEIGHTS}), slug`,
    );
  }

  static empty(): CatalogSearch {
    const db = new Database(':memory:');
    createTables(db);
    return new CatalogSearch(db);
  }

  /** The index in `file`; a damaged file is only a cache: it is removed and built again. */
  static async load(file: string, prestarted?: FillWorker): Promise<CatalogSearch> {
    try {
      return new CatalogSearch(openIndex(file), file, prestarted);
    } catch {
      await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
      return new CatalogSearch(openIndex(file), file, prestarted);
    }
  }

  /** The slugs whose indexed document is missing or stale: only these need their document built. */
  stale(entries: { slug: string; fingerprint: string }[]): string[] {
    const known = this.fingerprints();
    return entries.filter((entry) => known.get(entry.slug) !== entry.fingerprint).map((entry) => entry.slug);
  }

  private fingerprints(): Map<string, string> {
    const rows = this.db.prepare(`SELECT slug, fingerprint FROM fingerprints`).all() as {
      slug: string;
      fingerprint: string;
    }[];
    return new Map(rows.map((row) => [row.slug, row.fingerprint]));
  }

  /**
   * Makes the index hold exactly the entries' documents; returns whether anything changed. One
   * IMMEDIATE transaction that compares with the file, so processes sharing DATA_DIR agree.
   */
  sync(entries: SearchEntry[]): boolean {
    const remove = this.db.prepare(`DELETE FROM documents WHERE slug = ?`);
    const forget = this.db.prepare(`DELETE FROM fingerprints WHERE slug = ?`);
    const add = this.db.prepare(INSERT_DOCUMENT);
    const remember = this.db.prepare(REMEMBER_FINGERPRINT);
    const changed = this.db
      .transaction(() => {
        const known = this.fingerprints();
        const wanted = new Set(entries.map((entry) => entry.slug));
        const gone = [...known.keys()].filter((slug) => !wanted.has(slug));
        const stale = entries.filter((entry) => known.get(entry.slug) !== entry.fingerprint);
        for (const slug of gone) {
          remove.run(slug);
          forget.run(slug);
        }
        for (const entry of stale) {
          const d = entry.document();
          if (known.has(entry.slug)) remove.run(entry.slug);
          add.run(d.slug, d.name, d.tagline, d.description, d.vendor, d.categories);
          remember.run(entry.slug, entry.fingerprint);
        }
        return gone.length + stale.length > 0;
      })
      .immediate();
    if (changed) this.changed();
    return changed;
  }

  private changed(): void {
    this.version += 1;
    this.terms = undefined;
  }

  /** Whether the index holds no app: a first start, or an index of another format. */
  isEmpty(): boolean {
    return this.db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM fingerprints) AS empty`).pluck().get() === 1;
  }

  /**
   * Fills an empty index from entries handed over in batches as the catalog is read. From
   * FILL_ASIDE_FROM entries on they go to a worker thread, which tokenizes them while this thread
   * reads the next batch and builds the rest of the platform (issue 10, first boot: 10,000
   * descriptions hold a thread ~0.4 s). Without a worker (a small catalog, a fill that failed, an
   * index another process filled first) `done` runs `sync` here. Nothing else may write to the
   * index until `done` is settled: the worker holds its write lock.
   */
  fill(): IndexFill {
    const all: SearchEntry[] = [];
    let worker: FillWorker | undefined;
    let tried = false;
    const ahead = this.prestarted;
    this.prestarted = undefined;
    const rows = (entries: SearchEntry[]) => [
      entries.map((entry) => {
        const d = entry.document();
        return [d.slug, d.name, d.tagline, d.description, d.vendor, d.categories];
      }),
      entries.map((entry) => [entry.slug, entry.fingerprint]),
    ];
    return {
      add: (entries) => {
        all.push(...entries);
        if (worker) worker.add(rows(entries));
        else if (!tried && this.file && all.length >= FILL_ASIDE_FROM) {
          tried = true;
          worker = ahead ?? startFillWorker(this.file);
          worker?.idle(false);
          worker?.add(rows(all));
        }
      },
      done: async () => {
        if (ahead && ahead !== worker) ahead.stop();
        const filled = worker ? await worker.commit().catch(() => false) : false;
        if (!filled) return this.sync(all);
        // It held the write lock from an empty index to its commit: the index is these entries.
        this.changed();
        return true;
      },
    };
  }

  /** Every term in the index, for typo expansion; read again after a change. */
  private vocabulary(): string[] {
    this.terms ??= (this.db.prepare(`SELECT term FROM vocabulary`).all() as { term: string }[]).map(
      (row) => row.term,
    );
    return this.terms;
  }

  /** Slugs ranked best first; all words must match, else any word may (so a query never dead-ends). */
  search(query: string): string[] {
    const words = searchWords(query);
    if (words.length === 0) return [];
    const groups = words.map((word) => {
      const alternatives = [word.length >= 3 ? `"${word}"*` : `"${word}"`];
      for (const term of fuzzyAlternatives(word, this.vocabulary())) alternatives.push(`"${term}"`);
      return `(${alternatives.join(' OR ')})`;
    });
    const run = (expression: string) => (this.query.all(expression) as { slug: string }[]).map((r) => r.slug);
    const all = run(groups.join(' AND '));
    return all.length > 0 || groups.length === 1 ? all : run(groups.join(' OR '));
  }

  /**
   * A value kept beside the index under `key`, for as long as `version` matches: the read model's
   * store snapshot, labelled with the catalog's change counter (decision 016). A cache like the
   * index: a missing, damaged or stale one is only read again from the store.
   */
  cached(key: string, version: string): string | undefined {
    const row = this.db.prepare(`SELECT value FROM snapshots WHERE key = ?`).get(key) as
      | { value: string }
      | undefined;
    if (!row) return undefined;
    const split = row.value.indexOf('\n');
    return split > 0 && row.value.slice(0, split) === version ? row.value.slice(split + 1) : undefined;
  }

  keep(key: string, version: string, value: string): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO snapshots (key, value) VALUES (?, ?)`)
      .run(key, `${version}\n${value}`);
  }

  /** Nothing to write: every sync is committed. Kept so shutdown can flush the WAL into the file. */
  async save(_file?: string): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    this.db.close();
  }
}
