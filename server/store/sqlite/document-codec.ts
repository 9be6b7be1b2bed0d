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
  if (row.dates) {
    for (const path of JSON.parse(row.dates) as DatePath[]) {
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
  return { _id: row.id, ...document } as T;
}

/** Where each picked field goes: a key holds a column number, or the keys of a nested object. */
type PickTree = Map<string, number | PickTree>;

function pickTree(pick: string[]): PickTree {
  const root: PickTree = new Map();
  pick.forEach((field, column) => {
    const keys = field.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) {
      let next = node.get(key);
      if (typeof next !== 'object') {
        next = new Map();
        node.set(key, next);
      }
      node = next;
    }
    node.set(keys[keys.length - 1] as string, column);
  });
  return root;
}

/** The JSON text of an object of the picked fields present; undefined when none is. */
function pickedText(tree: PickTree, row: Record<string, string | null>): string | undefined {
  const parts: string[] = [];
  for (const [key, node] of tree) {
    const value = typeof node === 'number' ? row[`p${node}`] : pickedText(node, row);
    if (value !== null && value !== undefined) parts.push(`${JSON.stringify(key)}:${value}`);
  }
  return parts.length > 0 ? `{${parts.join(',')}}` : undefined;
}

/**
 * Turns rows of `pickedColumns` back into documents: the picked fields' JSON texts are joined into
 * one document text, parsed once, and its Dates restored as in any read.
 */
export function pickedDocuments(pick: string[]): (row: PickedRow) => DocumentRow {
  const tree = pickTree(pick);
  return (row) => ({ id: row.id, doc: pickedText(tree, row) ?? '{}', dates: row.dates });
}

export type PickedRow = { id: string; dates: string | null } & Record<string, string | null>;

/** A filter value as SQLite compares it to what json_extract returns. */
export function sqlValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TypeError(`unsupported filter value: ${typeof value}`);
}
