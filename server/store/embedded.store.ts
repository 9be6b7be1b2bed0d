import { access, constants } from 'node:fs/promises';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { checkProjection } from './projection.ts';
import { applyUpdate } from './sqlite/apply-update.ts';
import {
  type Engine,
  type ImportReport,
  openDatabase,
  stageNedbImport,
  takeStaged,
} from './sqlite/databases.ts';
import {
  type DocumentRow,
  decodeDocument,
  encodeDocument,
  type PickedRow,
  pickedDecoder,
} from './sqlite/document-codec.ts';
import {
  documentColumn,
  type FieldIndexes,
  fieldExpression,
  orderAndPage,
  pickedColumn,
  type SqlPart,
  whereClause,
} from './sqlite/filter-sql.ts';
import { ensureIndexes } from './sqlite/indexes.ts';
import {
  type Collection,
  DuplicateKeyError,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Store,
  type StoredDocument,
  StoreUnavailableError,
  type Update,
} from './store.port.ts';

const NAME = /^[a-z][a-z0-9_-]{0,63}$/;

/** SQLite's answers that mean the data directory is gone, full or unwritable: the store is unavailable. */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|READONLY|FULL|CORRUPT|NOTADB|PROTOCOL)/;

function mapError(name: string, error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DuplicateKeyError(name);
  }
  if (typeof code === 'string' && UNAVAILABLE.test(code)) return new StoreUnavailableError(error);
  return error instanceof Error ? error : new Error(String(error));
}

/** Statements are compiled once per distinct SQL text; the cache is bounded ($in lists vary in length). */
const STATEMENT_CACHE_LIMIT = 256;

class SqliteCollection<T extends StoredDocument> implements Collection<T> {
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly db: SqliteDatabase;

  constructor(
    private readonly name: string,
    private readonly engine: Engine,
    private readonly table: string,
    private readonly indexed: FieldIndexes,
    private readonly counted: (name: string) => void,
  ) {
    this.db = engine.db;
  }

  private statement(sql: string) {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      prepared = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /**
   * A write first checks that the database file is still where it was opened (a stat: reads skip
   * it, as a read of a moved file changes nothing and costs the token endpoint a syscall each).
   */
  private run<R>(operation: () => R, write = false): Promise<R> {
    try {
      if (write) this.engine.check();
      return Promise.resolve(operation());
    } catch (error) {
      return Promise.reject(mapError(this.name, error));
    }
  }

  private where(filter: Filter): SqlPart {
    return whereClause(filter, this.indexed);
  }

  /** The documents found, decoded (picked fields only with `pick`). */
  private selectDocuments(filter: Filter, options: FindOptions = {}): T[] {
    const where = this.where(filter);
    const page = orderAndPage(options);
    checkProjection(options);
    const { pick } = options;
    const columns = pick
      ? `id${pickedColumn(pick)}, dates`
      : `id, ${documentColumn(options.omit)} AS doc, dates`;
    const rows = this.statement(`SELECT ${columns} FROM "${this.table}" WHERE ${where.sql}${page.sql}`).all(
      ...where.params,
      ...page.params,
    );
    return pick
      ? (rows as PickedRow[]).map(pickedDecoder<T>(pick))
      : (rows as DocumentRow[]).map(decodeDocument<T>);
  }

  private selectOne(filter: Filter): DocumentRow | undefined {
    const where = this.where(filter);
    return this.statement(`SELECT id, doc, dates FROM "${this.table}" WHERE ${where.sql} LIMIT 1`).get(
      ...where.params,
    ) as DocumentRow | undefined;
  }

  private insertRow(doc: T): void {
    const encoded = encodeDocument(doc);
    this.statement(`INSERT INTO "${this.table}" (id, doc, dates) VALUES (?, ?, ?)`).run(
      encoded.id,
      encoded.doc,
      encoded.dates,
    );
  }

  /** Read, change and write back inside one IMMEDIATE transaction: atomic across processes too. */
  private updateFirst(filter: Filter, update: Update): T | null {
    const transaction = this.db.transaction(() => {
      const row = this.selectOne(filter);
      if (!row) return null;
      const updated = applyUpdate(decodeDocument<T>(row), update);
      const encoded = encodeDocument(updated);
      this.statement(`UPDATE "${this.table}" SET doc = ?, dates = ? WHERE id = ?`).run(
        encoded.doc,
        encoded.dates,
        encoded.id,
      );
      return decodeDocument<T>({ id: encoded.id, doc: encoded.doc, dates: encoded.dates });
    });
    const result = transaction.immediate();
    if (result) this.counted(this.name);
    return result;
  }

  insertOne(doc: T): Promise<void> {
    return this.run(() => {
      this.insertRow(doc);
      this.counted(this.name);
    }, true);
  }

  insertMany(docs: T[]): Promise<void> {
    // All or nothing, which is what a seed needs.
    return this.run(() => {
      if (docs.length === 0) return;
      this.db.transaction(() => {
        for (const doc of docs) this.insertRow(doc);
      })();
      this.counted(this.name);
    }, true);
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.run(() => {
      const row = this.selectOne(filter);
      return row ? decodeDocument<T>(row) : null;
    });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.run(() => this.selectDocuments(filter, options));
  }

  count(filter: Filter): Promise<number> {
    return this.run(() => {
      const where = this.where(filter);
      const row = this.statement(`SELECT count(*) AS n FROM "${this.table}" WHERE ${where.sql}`).get(
        ...where.params,
      ) as { n: number };
      return row.n;
    });
  }

  updateOne(filter: Filter, update: Update): Promise<boolean> {
    return this.run(() => this.updateFirst(filter, update) !== null, true);
  }

  findOneAndUpdate(filter: Filter, update: Update): Promise<T | null> {
    return this.run(() => this.updateFirst(filter, update), true);
  }

  deleteOne(filter: Filter): Promise<boolean> {
    return this.run(() => {
      const where = this.where(filter);
      const { changes } = this.statement(
        `DELETE FROM "${this.table}" WHERE id = (SELECT id FROM "${this.table}" WHERE ${where.sql} LIMIT 1)`,
      ).run(...where.params);
      if (changes > 0) this.counted(this.name);
      return changes > 0;
    }, true);
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.run(() => {
      const where = this.where(filter);
      const { changes } = this.statement(`DELETE FROM "${this.table}" WHERE ${where.sql}`).run(
        ...where.params,
      );
      if (changes > 0) this.counted(this.name);
      return changes;
    }, true);
  }

  /** Removes documents whose Date in `field` is older than `seconds`, as MongoDB's TTL monitor does. */
  sweep(field: string, seconds: number): number {
    const cutoff = new Date(Date.now() - seconds * 1000).toISOString();
    const expression = fieldExpression(field);
    const { changes } = this.statement(
      `DELETE FROM "${this.table}" WHERE ${expression} < ? AND json_type(doc, '$.${field}') = 'text'`,
    ).run(cutoff);
    if (changes > 0) this.counted(this.name);
    return changes;
  }
}

/** How often expired documents are removed: as often as MongoDB's TTL monitor runs. */
export const TTL_SWEEP_MS = 60_000;

export interface EmbeddedStore extends Store {
  readonly kind: 'embedded';
  /** What the first start imported from a nedb data directory, if anything (decision 014). */
  readonly imported: ImportReport | undefined;
  /** Writes per collection since the store was opened: lets tests prove a request wrote nothing. */
  writeCounts(): ReadonlyMap<string, number>;
  /** Every collection that has a table, opened in this process or not. */
  collectionNames(): string[];
}

function tableExists(db: SqliteDatabase, table: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

/**
 * The default store: SQLite through better-sqlite3, one table per collection holding documents as
 * JSON, the port's filters translated to SQL over json_extract and its indexes made real (unique
 * and TTL included). Two database files in DATA_DIR: `store.sqlite` (synchronous=FULL: an
 * acknowledged write survives kill -9 and a power cut) for everything that lasts, and
 * `transient.sqlite` (synchronous=NORMAL: survives kill -9, may lose the last moments at a power
 * cut) for collections whose documents expire within minutes (codes, hints, sessions). WAL mode,
 * so several processes can share the directory. Decision 013.
 */
export async function openEmbeddedStore(
  dataDir: string,
  options: { ttlSweepMs?: number } = {},
): Promise<EmbeddedStore> {
  const durable = await openDatabase(dataDir, 'store.sqlite', 'FULL');
  const transient = await openDatabase(dataDir, 'transient.sqlite', 'NORMAL');
  const imported = await stageNedbImport(dataDir, durable.db);
  const collections = new Map<string, SqliteCollection<StoredDocument>>();
  const sweeps = new Set<NodeJS.Timeout>();
  const writes = new Map<string, number>();
  const counted = (name: string) => writes.set(name, (writes.get(name) ?? 0) + 1);

  function open(name: string, indexes: IndexSpec[]): SqliteCollection<StoredDocument> {
    if (!NAME.test(name)) throw new Error(`invalid collection name ${name}`);
    const table = `c_${name}`;
    const expiring = indexes.some((index) => index.expireAfterSeconds !== undefined);
    // A table stays in the file it was created in, whatever its indexes say later.
    const engine = tableExists(durable.db, table)
      ? durable
      : tableExists(transient.db, table)
        ? transient
        : expiring
          ? transient
          : durable;
    const created = !tableExists(engine.db, table);
    engine.db.exec(
      `CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL, dates TEXT)`,
    );
    const lookups = ensureIndexes(engine.db, table, indexes);
    if (created) takeStaged(durable.db, engine.db, name, table);
    const collection = new SqliteCollection<StoredDocument>(name, engine, table, lookups, counted);
    for (const { field, expireAfterSeconds } of indexes) {
      if (expireAfterSeconds === undefined) continue;
      const sweep = () => {
        try {
          engine.check();
          collection.sweep(field, expireAfterSeconds);
        } catch {
          // An unavailable store is tried again on the next round.
        }
      };
      sweep();
      sweeps.add(setInterval(sweep, options.ttlSweepMs ?? TTL_SWEEP_MS).unref());
    }
    return collection;
  }

  return {
    kind: 'embedded',
    imported,
    writeCounts: () => writes,
    collectionNames: () =>
      [durable, transient].flatMap((engine) =>
        (
          engine.db
            .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'`)
            .all() as {
            name: string;
          }[]
        ).map((row) => row.name.slice(2)),
      ),
    async collection<T extends StoredDocument>(name: string, indexes: IndexSpec[] = []) {
      let opened = collections.get(name);
      if (!opened) {
        try {
          opened = open(name, indexes);
        } catch (error) {
          throw mapError(name, error);
        }
        collections.set(name, opened);
      }
      return opened as unknown as Collection<T>;
    },
    async ping() {
      try {
        await access(dataDir, constants.W_OK);
        durable.check();
        transient.check();
        durable.db.prepare('SELECT 1').get();
      } catch (error) {
        throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
      }
    },
    async close() {
      for (const timer of sweeps) clearInterval(timer);
      sweeps.clear();
      collections.clear();
      for (const engine of [durable, transient]) if (engine.db.open) engine.db.close();
    },
  };
}
