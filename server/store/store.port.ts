/**
 * The collection port: the small subset of MongoDB's API that both engines implement alike
 * (DESIGN.md "Storage"). Repositories are written once against it. Filters and updates must stay
 * within the portable subset: equality, $in, $ne, $lt/$lte/$gt/$gte, $exists; $set, $unset, $inc, $push.
 */
export type Filter = Record<string, unknown>;

export interface Update {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true | ''>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
}

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  /**
   * Dotted fields left out of the returned documents (MongoDB's exclusion projection): a page that
   * needs a little of many large documents does not read and parse all of them (issue 10).
   */
  omit?: string[];
  /**
   * Only these dotted fields, besides `_id` (MongoDB's inclusion projection): reading a few small
   * fields of 10,000 large documents skips decoding the rest (issue 10, first boot). An object in
   * the answer holds only its picked fields; a field the document lacks or holds as null is left
   * out; `[]` reads ids alone. Not with `omit`, not two fields where one holds the other, not
   * through an array.
   */
  pick?: string[];
}

export interface IndexSpec {
  field: string;
  unique?: boolean;
  /** Documents whose Date in `field` is older than this many seconds are removed. */
  expireAfterSeconds?: number;
  /**
   * Indexes only the documents that have the field: for a field rarely set (a crash-recovery
   * marker), so `{ field: { $exists: true } }` finds them without reading every document.
   */
  sparse?: boolean;
}

export interface StoredDocument {
  _id: string;
}

export interface Collection<T extends StoredDocument> {
  /** Throws DuplicateKeyError when a unique index (or _id) is violated. */
  insertOne(doc: T): Promise<void>;
  insertMany(docs: T[]): Promise<void>;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Returns whether a document matched; the filter is where optimistic revision checks go. */
  updateOne(filter: Filter, update: Update): Promise<boolean>;
  /** Atomically finds one matching document, applies the update and returns the updated one. */
  findOneAndUpdate(filter: Filter, update: Update): Promise<T | null>;
  deleteOne(filter: Filter): Promise<boolean>;
  deleteMany(filter: Filter): Promise<number>;
}

export interface Store {
  readonly kind: 'embedded' | 'mongodb';
  collection<T extends StoredDocument>(name: string, indexes?: IndexSpec[]): Promise<Collection<T>>;
  /** Resolves when the store can serve reads and writes; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DuplicateKeyError extends Error {
  constructor(collection: string) {
    super(`duplicate key in ${collection}`);
    this.name = 'DuplicateKeyError';
  }
}

/** The store could not be reached; the HTTP layer answers 503. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('store unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}
