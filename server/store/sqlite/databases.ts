import { chmodSync, existsSync, statSync } from 'node:fs';
import { chmod, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
import { StoreUnavailableError } from '../store.port.ts';
import { encodeDocument } from './document-codec.ts';
import { hasNedbFiles, readNedbDirectory } from './nedb-files.ts';

export interface Engine {
  db: SqliteDatabase;
  /** Throws StoreUnavailableError when the database file is no longer the one that was opened. */
  check(): void;
}

/** Files only the platform's user may read: the store holds sessions, hashed secrets and keys. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

function restrict(file: string): void {
  for (const candidate of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(candidate)) chmodSync(candidate, FILE_MODE);
  }
}

/**
 * Opens one SQLite file in WAL mode. `synchronous` decides what a commit waits for: FULL syncs the
 * WAL on every commit (survives a power cut), NORMAL only at checkpoints (survives a crash of the
 * process, not of the machine). Decision 013.
 */
export async function openDatabase(
  dataDir: string,
  fileName: string,
  synchronous: 'FULL' | 'NORMAL',
): Promise<Engine> {
  await mkdir(dataDir, { recursive: true, mode: DIR_MODE });
  await chmod(dataDir, DIR_MODE);
  const file = path.join(dataDir, fileName);
  let db: SqliteDatabase;
  try {
    db = new Database(file, { timeout: 5_000 });
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
  restrict(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  // Gives the planner statistics (bounded work), so it picks the index a filter was written for.
  db.pragma('analysis_limit = 400');
  db.pragma('optimize = 0x10002');
  restrict(file);
  const inode = statSync(file).ino;
  return {
    db,
    check() {
      // A data directory moved or deleted under a running server: writing on through the open
      // handle would land in a file nobody reads any more, so refuse like an unreachable database.
      const now = statSync(file, { throwIfNoEntry: false });
      if (now?.ino !== inode) throw new StoreUnavailableError(new Error(`${file} is gone`));
    },
  };
}

export interface ImportReport {
  at: string;
  /** Where the nedb files were moved to. */
  keptIn: string;
  documents: Record<string, number>;
}

function ensureImportTables(db: SqliteDatabase): void {
  db.exec(`CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)`);
  db.exec(`CREATE TABLE IF NOT EXISTS _nedb_import (
    collection TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, dates TEXT,
    PRIMARY KEY (collection, id))`);
}

/**
 * A DATA_DIR written by the first release (nedb) is imported on the first start: every live
 * document of every `<collection>.db` file is staged in one transaction, then the files are moved
 * into `nedb-<time>/` beside the store (kept, never deleted). Each collection takes its staged
 * documents when it is first opened (`takeStaged`), so a document lands in the database file that
 * its collection lives in. A crash between the commit and the move is safe: the marker in `_meta`
 * says the staging is done, so the next start only moves the files. Decision 014.
 */
export async function stageNedbImport(
  dataDir: string,
  db: SqliteDatabase,
): Promise<ImportReport | undefined> {
  if (!(await hasNedbFiles(dataDir))) return undefined;
  ensureImportTables(db);
  const marker = db.prepare(`SELECT value FROM _meta WHERE key = 'nedb-import'`).get() as
    | { value: string }
    | undefined;
  let report: ImportReport;
  if (marker) {
    report = JSON.parse(marker.value) as ImportReport;
  } else {
    const collections = await readNedbDirectory(dataDir);
    const at = new Date().toISOString();
    report = {
      at,
      keptIn: `nedb-${at.replace(/[:.]/g, '-')}`,
      documents: Object.fromEntries(collections.map((c) => [c.name, c.documents.length])),
    };
    const stage = db.prepare(
      `INSERT OR REPLACE INTO _nedb_import (collection, id, doc, dates) VALUES (?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (const collection of collections) {
        for (const document of collection.documents) {
          const encoded = encodeDocument(document);
          stage.run(collection.name, encoded.id, encoded.doc, encoded.dates);
        }
      }
      db.prepare(`INSERT INTO _meta (key, value) VALUES ('nedb-import', ?)`).run(JSON.stringify(report));
    })();
  }
  const keptIn = path.join(dataDir, report.keptIn);
  await mkdir(keptIn, { recursive: true, mode: DIR_MODE });
  for (const name of Object.keys(report.documents)) {
    const file = path.join(dataDir, `${name}.db`);
    if (existsSync(file)) await rename(file, path.join(keptIn, `${name}.db`));
  }
  return report;
}

/** Moves a collection's staged nedb documents into its new table (same file: one transaction). */
export function takeStaged(
  durable: SqliteDatabase,
  target: SqliteDatabase,
  name: string,
  table: string,
): void {
  const staging = durable
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_nedb_import'`)
    .get();
  if (!staging) return;
  const rows = durable.prepare(`SELECT id, doc, dates FROM _nedb_import WHERE collection = ?`).all(name) as {
    id: string;
    doc: string;
    dates: string | null;
  }[];
  if (rows.length === 0) return;
  const insert = target.prepare(`INSERT OR IGNORE INTO "${table}" (id, doc, dates) VALUES (?, ?, ?)`);
  const forget = durable.prepare(`DELETE FROM _nedb_import WHERE collection = ?`);
  if (target === durable) {
    durable.transaction(() => {
      for (const row of rows) insert.run(row.id, row.doc, row.dates);
      forget.run(name);
    })();
    return;
  }
  // Another file: insert first, forget second; a crash in between leaves a harmless staged copy.
  target.transaction(() => {
    for (const row of rows) insert.run(row.id, row.doc, row.dates);
  })();
  forget.run(name);
}
