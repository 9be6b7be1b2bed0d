import type { StoredDocument } from '../store.port.ts';

/** A path to a Date inside a document: keys and array positions. */
type DatePath = (string | number)[];

export interface EncodedDocument {
  id: string;
  /** The document without `_id`, as JSON; Dates appear as their ISO 8601 text. */
  doc: string;
  /** JSON list of the paths that held Dates, or null: restores them on read. */
  dates: string | null;
}

export interface DocumentRow {
  id: string;
  doc: string;
  dates: string | null;
}

function collectDates(value: unknown, path: DatePath, found: DatePath[]): void {
  if (value instanceof Date) {
    found.push(path);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) collectDates(value[i], [...path, i], found);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) collectDates(inner, [...path, key], found);
  }
}

/**
 * Dates are stored as ISO 8601 text, which sorts and compares in time order inside SQLite's JSON
 * functions (so range filters, sorts and TTL indexes work on them), and their paths are kept beside
 * the document so a read returns real Date objects, as MongoDB does. Decision 013.
 */
export function encodeDocument(document: StoredDocument): EncodedDocument {
  const { _id, ...rest } = document;
  if (typeof _id !== 'string' || _id.length === 0) throw new TypeError('a document needs a string _id');
  const found: DatePath[] = [];
  collectDates(rest, [], found);
  return { id: _id, doc: JSON.stringify(rest), dates: found.length > 0 ? JSON.stringify(found) : null };
}

export function decodeDocument<T extends StoredDocument>(row: DocumentRow): T {
  const document = JSON.parse(row.doc) as Record<string, unknown>;
  restoreDates(document, row.dates);
  return { _id: row.id, ...document } as T;
}

function restoreDates(document: Record<string, unknown>, dates: string | null): void {
  if (!dates) return;
  for (const path of JSON.parse(dates) as DatePath[]) {
    let holder: unknown = document;
    for (let i = 0; i < path.length - 1 && holder !== null && typeof holder === 'object'; i += 1) {
      holder = (holder as Record<string | number, unknown>)[path[i] as string | number];
    }
    // A Date inside a field left out (FindOptions.omit or pick) is not there to restore.
    if (holder === null || typeof holder !== 'object') continue;
    const record = holder as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (typeof record[last] === 'string') record[last] = new Date(record[last] as string);
  }
}

/** A row of a picked read: `values` is the JSON array of the picked fields' values (filter-sql.ts). */
export interface PickedRow {
  id: string;
  values?: string;
  dates: string | null;
}

/**
 * Turns rows of `pickedColumn` back into documents: each picked value that is there (not null) is
 * set at its path, objects on the way made as needed, and Dates restored as in any read.
 */
export function pickedDecoder<T extends StoredDocument>(pick: string[]): (row: PickedRow) => T {
  const paths = pick.map((field) => field.split('.'));
  return (row) => {
    const document: Record<string, unknown> = { _id: row.id };
    const values = row.values === undefined ? [] : (JSON.parse(row.values) as unknown[]);
    values.forEach((value, i) => {
      const keys = paths[i];
      if (value === null || !keys) return;
      let holder = document;
      for (const key of keys.slice(0, -1)) {
        let next = holder[key];
        if (typeof next !== 'object' || next === null) {
          next = {};
          holder[key] = next;
        }
        holder = next as Record<string, unknown>;
      }
      holder[keys[keys.length - 1] as string] = value;
    });
    restoreDates(document, row.dates);
    return document as T;
  };
}

/** A filter value as SQLite compares it to what json_extract returns. */
export function sqlValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`unsupported filter value: ${typeof value}`);
}
