import type { Filter, FindOptions } from '../store.port.ts';
import { sqlValue } from './document-codec.ts';

/** Field names reach SQL as JSON paths: only plain dotted names, never input-shaped text. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

type Param = string | number | null;

export interface SqlPart {
  sql: string;
  params: Param[];
}

/** The SQL expression for a field; index definitions use the same text, so the planner matches them. */
export function fieldExpression(field: string): string {
  if (field === '_id') return 'id';
  if (!FIELD.test(field)) throw new Error(`unsupported field name: ${field}`);
  return `json_extract(doc, '$.${field}')`;
}

/** The document column, without the omitted fields when some are. */
export function documentColumn(omit: string[] | undefined): string {
  if (!omit || omit.length === 0) return 'doc';
  for (const field of omit) fieldExpression(field);
  return `json_remove(doc, ${omit.map(jsonPath).join(', ')})`;
}

/**
 * For `FindOptions.pick`: one column, `values`, the JSON array of the fields' values (null where
 * the document lacks one), or none for ids alone. One multi-path `json_extract` parses the
 * document once and renders only what was picked: half the time of one `->` per field at 10,000
 * listings (issue 10, first boot). With one path `json_extract` answers an SQL value, not JSON,
 * so that one is wrapped.
 */
export function pickedColumn(pick: string[]): string {
  for (const field of pick) fieldExpression(field);
  if (pick.length === 0) return '';
  if (pick.length === 1) return `, json_array(doc -> ${jsonPath(pick[0] as string)}) AS "values"`;
  return `, json_extract(doc, ${pick.map(jsonPath).join(', ')}) AS "values"`;
}

function jsonPath(field: string): string {
  return `'$.${field}'`;
}

/** The document has the field (null counts, as in MongoDB); a sparse index's condition too. */
export function presentCondition(field: string): string {
  fieldExpression(field);
  return `json_type(doc, ${jsonPath(field)}) IS NOT NULL`;
}

/**
 * How an indexed field is looked up: `unique` fields hold scalars (a unique index on an array means
 * nothing to SQLite), so the expression index answers equality; `multikey` fields have a side table
 * of every value (each element of an array, or the scalar itself) kept by triggers, as MongoDB's
 * multikey indexes do; other fields (and TTL fields) are compared in place.
 */
export type FieldIndex =
  | { kind: 'unique' }
  | { kind: 'multikey'; table: string }
  | { kind: 'range' }
  /** Only documents that have the field are in its (partial) index; see IndexSpec.sparse. */
  | { kind: 'sparse' };
export type FieldIndexes = ReadonlyMap<string, FieldIndex>;

/**
 * MongoDB's equality also matches an element of an array field. A multikey side table answers that
 * with its index; unindexed fields also look inside an array (a scan either way).
 */
function membership(field: string, index: FieldIndex | undefined, test: string, params: Param[]): SqlPart {
  const expression = fieldExpression(field);
  if (field === '_id' || index?.kind === 'unique') return { sql: `${expression} ${test}`, params };
  if (index?.kind === 'multikey')
    return { sql: `id IN (SELECT id FROM "${index.table}" WHERE value ${test})`, params };
  return {
    sql: `(${expression} ${test} OR (json_type(doc, ${jsonPath(field)}) = 'array' AND EXISTS (SELECT 1 FROM json_each(doc, ${jsonPath(field)}) WHERE value ${test})))`,
    params: [...params, ...params],
  };
}

function equals(field: string, value: unknown, indexed: FieldIndex | undefined): SqlPart {
  const bound = sqlValue(value);
  if (bound === null) return { sql: `${fieldExpression(field)} IS NULL`, params: [] };
  return membership(field, indexed, '= ?', [bound]);
}

function inList(field: string, values: unknown[], indexed: FieldIndex | undefined): SqlPart {
  const bound = values.map(sqlValue);
  const present = bound.filter((value) => value !== null);
  const parts: SqlPart[] = [];
  if (present.length > 0) {
    parts.push(membership(field, indexed, `IN (${present.map(() => '?').join(', ')})`, present));
  }
  if (present.length < bound.length) parts.push({ sql: `${fieldExpression(field)} IS NULL`, params: [] });
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

const RANGE: Record<string, string> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

function operator(field: string, op: string, value: unknown, indexed: FieldIndex | undefined): SqlPart {
  switch (op) {
    case '$eq':
      return equals(field, value, indexed);
    case '$ne': {
      const equal = equals(field, value, indexed);
      return { sql: `NOT coalesce(${equal.sql}, 0)`, params: equal.params };
    }
    case '$in':
      if (!Array.isArray(value)) throw new Error(`$in needs a list for ${field}`);
      return inList(field, value, indexed);
    case '$exists':
      return {
        sql:
          field === '_id'
            ? value
              ? '1'
              : '0'
            : !value && indexed && indexed.kind !== 'sparse'
              ? // The expression index finds the rows without a value (absent or null) at once; json_type
                // then keeps the absent ones. A scan of every document otherwise (a start-up check).
                `(${fieldExpression(field)} IS NULL AND json_type(doc, ${jsonPath(field)}) IS NULL)`
              : value
                ? presentCondition(field)
                : `json_type(doc, ${jsonPath(field)}) IS NULL`,
        params: [],
      };
    default: {
      const comparison = RANGE[op];
      if (!comparison) throw new Error(`unsupported filter operator ${op} on ${field}`);
      return { sql: `${fieldExpression(field)} ${comparison} ?`, params: [sqlValue(value)] };
    }
  }
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || value instanceof Date || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

/** Translates the port's portable filter subset to a WHERE clause; anything else is a programming error. */
export function whereClause(filter: Filter, indexes: FieldIndexes): SqlPart {
  const parts: SqlPart[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) throw new Error(`unsupported filter operator ${field}`);
    const indexed = indexes.get(field);
    if (isOperatorObject(condition)) {
      for (const [op, value] of Object.entries(condition)) parts.push(operator(field, op, value, indexed));
    } else {
      parts.push(equals(field, condition, indexed));
    }
  }
  if (parts.length === 0) return { sql: '1', params: [] };
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}

export function orderAndPage(options: FindOptions): SqlPart {
  let sql = '';
  const params: Param[] = [];
  if (options.sort && Object.keys(options.sort).length > 0) {
    sql += ` ORDER BY ${Object.entries(options.sort)
      .map(([field, direction]) => `${fieldExpression(field)} ${direction === -1 ? 'DESC' : 'ASC'}`)
      .join(', ')}`;
  }
  if (options.limit || options.skip) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(options.limit && options.limit > 0 ? options.limit : -1, options.skip ?? 0);
  }
  return { sql, params };
}
