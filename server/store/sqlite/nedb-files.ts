import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredDocument } from '../store.port.ts';

/** The format the first release's embedded engine (nedb) wrote: one JSON line per write. */
const NEDB_FILE = /^([a-z][a-z0-9_-]{0,63})\.db$/;

export interface NedbCollection {
  name: string;
  file: string;
  documents: StoredDocument[];
}

/** nedb wrote Dates as {"$$date": milliseconds}. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === '$$date') return new Date(record.$$date as number);
    return Object.fromEntries(keys.map((key) => [key, revive(record[key])]));
  }
  return value;
}

/**
 * Reads a nedb data file as nedb itself did on load: later lines replace earlier ones with the same
 * _id, `$$deleted` lines remove them, index lines are skipped. A damaged line (a write cut off by a
 * crash) is skipped, as nedb did up to its corruption threshold; the importer refuses the file when
 * more than one line in ten is damaged, which is nedb's own limit.
 */
export function parseNedbFile(text: string, file: string): StoredDocument[] {
  const documents = new Map<string, StoredDocument>();
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  let damaged = 0;
  for (const line of lines) {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      damaged += 1;
      continue;
    }
    if ('$$indexCreated' in entry || '$$indexRemoved' in entry) continue;
    const id = entry._id;
    if (typeof id !== 'string') {
      damaged += 1;
      continue;
    }
    if (entry.$$deleted === true) documents.delete(id);
    else documents.set(id, revive(entry) as StoredDocument);
  }
  if (lines.length > 0 && damaged / lines.length > 0.1) {
    throw new Error(`${file}: ${damaged} of ${lines.length} lines are damaged; not importing it`);
  }
  return [...documents.values()];
}

/** Every nedb collection file in the data directory, parsed. */
export async function readNedbDirectory(dataDir: string): Promise<NedbCollection[]> {
  const names = (await readdir(dataDir)).filter((name) => NEDB_FILE.test(name)).sort();
  const collections: NedbCollection[] = [];
  for (const file of names) {
    const name = (NEDB_FILE.exec(file) as RegExpExecArray)[1] as string;
    const text = await readFile(path.join(dataDir, file), 'utf8');
    collections.push({ name, file, documents: parseNedbFile(text, file) });
  }
  return collections;
}

export async function hasNedbFiles(dataDir: string): Promise<boolean> {
  return (await readdir(dataDir)).some((name) => NEDB_FILE.test(name));
}
