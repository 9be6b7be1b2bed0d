import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { IndexSpec } from '../store.port.ts';
import { type FieldIndex, fieldExpression, presentCondition } from './filter-sql.ts';

function safeName(field: string): string {
  return field.replaceAll('.', '__');
}

function exists(db: SqliteDatabase, type: 'table' | 'index', name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?`).get(type, name) !== undefined;
}

/**
 * A multikey index: a side table with one row per value of the field (each element of an array, or
 * the scalar itself), kept in step with the collection by triggers inside the same transaction.
 */
function ensureMultikey(db: SqliteDatabase, table: string, field: string): string {
  const side = `mk:${table}:${safeName(field)}`;
  const values = (row: 'NEW') =>
    `INSERT INTO "${side}" (value, id) SELECT value, ${row}.id FROM json_each(${row}.doc, '$.${field}') WHERE type NOT IN ('object', 'array')`;
  const fresh = !exists(db, 'table', side);
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS "${side}" (value, id TEXT NOT NULL)`);
    db.exec(`CREATE INDEX IF NOT EXISTS "${side}#value" ON "${side}" (value)`);
    db.exec(`CREATE INDEX IF NOT EXISTS "${side}#id" ON "${side}" (id)`);
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS "${side}#insert" AFTER INSERT ON "${table}" BEGIN ${values('NEW')}; END`,
    );
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS "${side}#update" AFTER UPDATE OF doc ON "${table}" BEGIN DELETE FROM "${side}" WHERE id = OLD.id; ${values('NEW')}; END`,
    );
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS "${side}#delete" AFTER DELETE ON "${table}" BEGIN DELETE FROM "${side}" WHERE id = OLD.id; END`,
    );
    // An index added to a collection that already holds documents starts complete.
    if (fresh) {
      db.exec(
        `INSERT INTO "${side}" (value, id) SELECT j.value, t.id FROM "${table}" AS t, json_each(t.doc, '$.${field}') AS j WHERE j.type NOT IN ('object', 'array')`,
      );
    }
  })();
  return side;
}

/**
 * Makes the port's IndexSpecs real: an expression index on every indexed field (sorts, ranges,
 * TTL sweeps and unique checks use it), plus a multikey side table for the equality and $in
 * lookups of non-unique, non-TTL fields. Decision 013.
 */
export function ensureIndexes(
  db: SqliteDatabase,
  table: string,
  indexes: IndexSpec[],
): Map<string, FieldIndex> {
  const lookups = new Map<string, FieldIndex>();
  for (const index of indexes) {
    if (index.field === '_id') continue;
    if (index.sparse) {
      // A partial index whose condition is the very text `$exists: true` is written as, so the
      // planner takes it (filter-sql.ts).
      db.exec(
        `CREATE INDEX IF NOT EXISTS "sx:${table}:${safeName(index.field)}" ON "${table}" (id) WHERE ${presentCondition(index.field)}`,
      );
      lookups.set(index.field, { kind: 'sparse' });
      continue;
    }
    db.exec(
      `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "ix:${table}:${safeName(index.field)}" ON "${table}" (${fieldExpression(index.field)})`,
    );
    if (index.unique) lookups.set(index.field, { kind: 'unique' });
    else if (index.expireAfterSeconds !== undefined) lookups.set(index.field, { kind: 'range' });
    else lookups.set(index.field, { kind: 'multikey', table: ensureMultikey(db, table, index.field) });
  }
  return lookups;
}
