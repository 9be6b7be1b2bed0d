import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CatalogSearch,
  MAX_SEARCH_WORDS,
  prestartFill,
  type SearchDocument,
  type SearchEntry,
  searchWords,
} from '../../server/catalog/search-index.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

const temp = await makeTempDir();
afterAll(() => temp.remove());

const doc = (slug: string, name: string, description = ''): SearchDocument => ({
  slug,
  name,
  tagline: '',
  description,
  vendor: 'Gemeente',
  categories: '',
});
/** Fingerprinted by content here; the read model uses the live version instead. */
const entries = (docs: SearchDocument[]): SearchEntry[] =>
  docs.map((document) => ({
    slug: document.slug,
    fingerprint: JSON.stringify(document),
    document: () => document,
  }));
const apps = entries(
  Array.from({ length: 10 }, (_, i) => doc(`app-${i}`, `App ${i}`, `helpt met post ${i}`)),
);

describe('catalog search index', () => {
  it('finds diacritics, typos and prefixes', () => {
    const search = CatalogSearch.empty();
    search.sync(entries([doc('geld', 'Financiële hulp'), doc('boodschap', 'Boodschappen maatje')]));
    expect(search.search('financiele')).toEqual(['geld']);
    expect(search.search('boodschapen')).toEqual(['boodschap']);
    expect(search.search('financ')).toEqual(['geld']);
  });

  it('adds, replaces and drops only what changed', () => {
    const search = CatalogSearch.empty();
    expect(search.sync(apps)).toBe(true);
    expect(search.sync(apps)).toBe(false);
    const version = search.version;
    const changed = [
      ...apps.slice(1),
      ...entries([doc('app-0', 'Kringloopfiets'), doc('extra', 'Taalcafé')]),
    ];
    changed.splice(
      changed.findIndex((d) => d.slug === 'app-5'),
      1,
    );
    expect(search.sync(changed)).toBe(true);
    expect(search.version).toBe(version + 1);
    expect(search.search('kringloopfiets')).toEqual(['app-0']);
    expect(search.search('taalcafe')).toEqual(['extra']);
    expect(search.search('post')).not.toContain('app-5');
    expect(search.search('post')).toHaveLength(8);
  });

  it('keeps its index in its file: loaded again, it answers the same and needs no re-indexing', async () => {
    const file = path.join(temp.dir, 'search.sqlite');
    const search = await CatalogSearch.load(file);
    search.sync(apps);
    await search.save();
    search.close();
    const loaded = await CatalogSearch.load(file);
    expect(loaded.search('post 3')).toEqual(['app-3']);
    expect(loaded.stale(apps)).toEqual([]);
    expect(loaded.sync(apps)).toBe(false);
    loaded.close();
  });

  it('starts empty from a missing, damaged or foreign file', async () => {
    const damaged = path.join(temp.dir, 'damaged.sqlite');
    await writeFile(damaged, 'not a database at all, just text that was left here');
    const foreign = path.join(temp.dir, 'foreign.sqlite');
    const old = new Database(foreign);
    old.exec(
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('format', 'catalog-search/3');`,
    );
    old.exec(
      `CREATE TABLE fingerprints (slug TEXT PRIMARY KEY, fingerprint TEXT); INSERT INTO fingerprints VALUES ('app-1', 'x');`,
    );
    old.close();
    for (const file of [path.join(temp.dir, 'missing.sqlite'), damaged, foreign]) {
      const search = await CatalogSearch.load(file);
      expect(search.search('post')).toEqual([]);
      expect(search.stale(apps)).toHaveLength(10);
      expect(search.sync(apps)).toBe(true);
      expect(search.search('post')).toHaveLength(10);
      search.close();
    }
  });

  it('ranks a match in the name above one in the description', () => {
    const search = CatalogSearch.empty();
    search.sync(
      entries([
        doc('desc', 'Buurtapp', 'Hulp bij je administratie'),
        doc('name', 'Administratiehulp', 'Een app'),
      ]),
    );
    expect(search.search('administratie')).toEqual(['name', 'desc']);
  });

  it('searches the distinct words of a query, at most a handful', () => {
    expect(searchWords('Geld, hulp; geld  hulp')).toEqual(['geld', 'hulp']);
    const flood = Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ');
    expect(searchWords(flood)).toHaveLength(MAX_SEARCH_WORDS);
    const search = CatalogSearch.empty();
    search.sync(apps);
    expect(search.search(`post ${'post '.repeat(60)}`)).toHaveLength(10);
  });

  it('builds the documents of changed entries only', () => {
    const search = CatalogSearch.empty();
    search.sync(apps);
    const built: string[] = [];
    const next = apps.map((entry) => ({
      ...entry,
      document: () => {
        built.push(entry.slug);
        return entry.document();
      },
    }));
    next[3] = { ...(next[3] as SearchEntry), fingerprint: 'v2' };
    search.sync(next);
    expect(built).toEqual(['app-3']);
  });
});

describe('first fill of the search index', () => {
  const many = entries(
    Array.from({ length: 1_200 }, (_, i) => doc(`bulk-${i}`, `Bulk ${i}`, `regelt zaken nummer${i}`)),
  );
  /** Whether a third connection finds the index's write lock taken (by the fill's worker thread). */
  const writeLocked = (file: string): boolean => {
    const db = new Database(file, { timeout: 0 });
    try {
      db.exec('BEGIN IMMEDIATE; ROLLBACK;');
      return false;
    } catch (error) {
      return (error as { code?: string }).code === 'SQLITE_BUSY';
    } finally {
      db.close();
    }
  };

  it('fills a large catalog in a worker thread, committed to the file, as a sync would', async () => {
    const file = path.join(temp.dir, 'fill-large.sqlite');
    const search = await CatalogSearch.load(file, prestartFill(file));
    expect(search.isEmpty()).toBe(true);
    const fill = search.fill();
    fill.add(many.slice(0, 700));
    fill.add(many.slice(700));
    // The worker holds the write lock from its first batch until `done`.
    await expect.poll(() => writeLocked(file), { timeout: 5_000 }).toBe(true);
    const version = search.version;
    expect(await fill.done()).toBe(true);
    expect(writeLocked(file)).toBe(false);
    expect(search.version).toBe(version + 1);
    expect(search.search('1103')).toEqual(['bulk-1103']);
    expect(search.stale(many)).toEqual([]);
    search.close();
    const loaded = await CatalogSearch.load(file);
    expect(loaded.search('bulk 7')).toContain('bulk-7');
    expect(loaded.sync(many)).toBe(false);
    loaded.close();
  });

  it('fills a small catalog in place, and stops the worker started ahead', async () => {
    const file = path.join(temp.dir, 'fill-small.sqlite');
    const ahead = prestartFill(file);
    expect(ahead).toBeDefined();
    const search = await CatalogSearch.load(file, ahead);
    expect(prestartFill(file)).toBeUndefined(); // the file exists now: nothing to start ahead
    const fill = search.fill();
    fill.add(apps);
    expect(writeLocked(file)).toBe(false);
    expect(await fill.done()).toBe(true);
    expect(search.search('post')).toHaveLength(10);
    search.close();
  });

  it('leaves an index another process filled first to a sync, which ends with exactly these apps', async () => {
    const file = path.join(temp.dir, 'fill-race.sqlite');
    const search = await CatalogSearch.load(file);
    const other = await CatalogSearch.load(file);
    const fill = search.fill();
    other.sync(apps); // the other process wins the race before the worker takes the lock
    fill.add(many);
    expect(await fill.done()).toBe(true);
    expect(search.search('post')).toEqual([]);
    expect(search.search('regelt')).toHaveLength(1_200);
    expect(search.stale(many)).toEqual([]);
    other.close();
    search.close();
  });
});
