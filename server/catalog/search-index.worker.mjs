// A worker thread that fills an empty search index (search-index.ts `fill`): tokenizing 10,000
// descriptions holds a thread ~0.4 s, which a first start spends here while the main thread reads
// the next listings and builds the rest of the platform (issue 10). Plain JavaScript, so it runs the
// same beside the TypeScript source, in the tests and beside the bundle. The SQL comes from
// search-index.ts, which owns the index's tables.
//
// workerData: { file, onlyIf, statements: string[] }. Messages in: { rows: unknown[][][] } (rows
// for each statement), then { commit: true }. Message out: whether it committed. It may be started
// before the index file has its tables, so the file is opened at the first message.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** @type {{ file: string, onlyIf: string, statements: string[] }} */
const { file, onlyIf, statements } = workerData;
/** @type {{ db: import('better-sqlite3').Database, filling: boolean, prepared: import('better-sqlite3').Statement[] } | undefined} */
let open;

function begin() {
  const db = new Database(file, { timeout: 5_000 });
  db.pragma('synchronous = OFF');
  db.exec('BEGIN IMMEDIATE');
  // Checked inside the transaction: another process may have filled the index meanwhile.
  const filling = Boolean(db.prepare(onlyIf).pluck().get());
  return { db, filling, prepared: statements.map((sql) => db.prepare(sql)) };
}

parentPort?.on('message', (/** @type {{ rows?: unknown[][][], commit?: boolean }} */ message) => {
  open ??= begin();
  const { db, filling, prepared } = open;
  if (message.rows && filling) {
    message.rows.forEach((rows, i) => {
      for (const row of rows) prepared[i]?.run(...row);
    });
  }
  if (message.commit) {
    db.exec(filling ? 'COMMIT' : 'ROLLBACK');
    db.close();
    parentPort?.postMessage(filling);
    parentPort?.close();
  }
});
