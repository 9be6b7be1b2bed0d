import { chmodSync, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
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

  private constructor(private readonly db: SqliteDatabase) {
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
  static async load(file: string): Promise<CatalogSearch> {
    try {
      return new CatalogSearch(openIndex(file));
    } catch {
      await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
      return new CatalogSearch(openIndex(file));
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
    const add = this.db.prepare(
      `INSERT INTO documents (slug, name, tagline, description, vendor, categories) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const remember = this.db.prepare(`INSERT OR REPLACE INTO fingerprints (slug, fingerprint) VALUES (?, ?)`);
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
    if (changed) {
      this.version += 1;
      this.terms = undefined;
    }
    return changed;
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
