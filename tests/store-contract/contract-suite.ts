import { describe, expect, it } from 'vitest';
import { DuplicateKeyError, type Store } from '../../server/store/store.port.ts';

interface Doc {
  _id: string;
  slug: string;
  n: number;
  tags: string[];
  status: string;
  revision: number;
  nested?: { a: number };
}

let sequence = 0;
function uniqueName() {
  sequence += 1;
  return `contract_${Date.now().toString(36)}_${sequence}`;
}

function doc(id: string, n: number, extra: Partial<Doc> = {}): Doc {
  return { _id: id, slug: `slug-${id}`, n, tags: ['a'], status: 'draft', revision: 0, ...extra };
}

/** The behaviour every store engine must share; run against each engine by store-contract.test.ts. */
export function storeContract(openStore: () => Promise<Store>) {
  async function fresh() {
    const store = await openStore();
    const collection = await store.collection<Doc>(uniqueName(), [{ field: 'slug', unique: true }]);
    return { store, collection };
  }

  describe('insert and find', () => {
    it('finds an inserted document by id and by field', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1));
      expect(await collection.findOne({ _id: 'a' })).toMatchObject({ _id: 'a', n: 1 });
      expect(await collection.findOne({ slug: 'slug-a' })).toMatchObject({ _id: 'a' });
      expect(await collection.findOne({ _id: 'missing' })).toBeNull();
    });

    it('refuses a duplicate _id and a duplicate unique field with DuplicateKeyError', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1));
      await expect(collection.insertOne(doc('a', 2))).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(collection.insertOne({ ...doc('b', 2), slug: 'slug-a' })).rejects.toBeInstanceOf(
        DuplicateKeyError,
      );
      expect(await collection.count({})).toBe(1);
    });

    it('sorts, skips and limits', async () => {
      const { collection } = await fresh();
      await collection.insertMany([doc('a', 3), doc('b', 1), doc('c', 2), doc('d', 4)]);
      const page = await collection.find({}, { sort: { n: 1 }, skip: 1, limit: 2 });
      expect(page.map((d) => d._id)).toEqual(['c', 'a']);
      expect((await collection.find({}, { sort: { n: -1 } })).map((d) => d.n)).toEqual([4, 3, 2, 1]);
    });

    it('supports the portable filter operators', async () => {
      const { collection } = await fresh();
      await collection.insertMany([
        doc('a', 1, { tags: ['x', 'y'] }),
        doc('b', 2, { status: 'live' }),
        doc('c', 3, { nested: { a: 7 } }),
      ]);
      const ids = async (filter: Record<string, unknown>) =>
        (await collection.find(filter, { sort: { _id: 1 } })).map((d) => d._id);
      expect(await ids({ n: { $gt: 1 } })).toEqual(['b', 'c']);
      expect(await ids({ n: { $lte: 2 } })).toEqual(['a', 'b']);
      expect(await ids({ _id: { $in: ['a', 'c', 'z'] } })).toEqual(['a', 'c']);
      expect(await ids({ status: { $ne: 'live' } })).toEqual(['a', 'c']);
      expect(await ids({ tags: 'y' })).toEqual(['a']);
      expect(await ids({ 'nested.a': 7 })).toEqual(['c']);
      expect(await ids({ nested: { $exists: true } })).toEqual(['c']);
      expect(await collection.count({ n: { $gte: 2 } })).toBe(2);
    });

    it('answers $exists on indexed and sparse fields as on any other field, null included', async () => {
      const store = await openStore();
      const collection = await store.collection<Doc & { key?: string | null; pending?: object }>(
        uniqueName(),
        [{ field: 'key' }, { field: 'pending', sparse: true }],
      );
      await collection.insertMany([
        { ...doc('a', 1), key: 'k1' },
        { ...doc('b', 2), key: null, pending: { at: 1 } },
        { ...doc('c', 3) },
        { ...doc('d', 4), key: 'k2', pending: { at: 2 } },
      ]);
      const ids = async (filter: Record<string, unknown>) =>
        (await collection.find(filter, { sort: { _id: 1 } })).map((d) => d._id);
      expect(await ids({ key: { $exists: false } })).toEqual(['c']);
      expect(await ids({ key: { $exists: true } })).toEqual(['a', 'b', 'd']);
      expect(await ids({ key: null })).toEqual(['b', 'c']);
      expect(await ids({ pending: { $exists: true } })).toEqual(['b', 'd']);
      expect(await ids({ pending: { $exists: false } })).toEqual(['a', 'c']);
      await collection.updateOne({ _id: 'b' }, { $unset: { pending: true } });
      await collection.updateOne({ _id: 'c' }, { $set: { key: 'k3', pending: { at: 3 } } });
      expect(await ids({ pending: { $exists: true } })).toEqual(['c', 'd']);
      expect(await ids({ key: { $exists: false } })).toEqual([]);
      await store.close();
    });
  });

  describe('update and delete', () => {
    it('applies $set, $inc, $push and $unset', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1, { nested: { a: 1 } }));
      const matched = await collection.updateOne(
        { _id: 'a' },
        { $set: { status: 'live' }, $inc: { n: 2 }, $push: { tags: 'b' }, $unset: { nested: true } },
      );
      expect(matched).toBe(true);
      const updated = await collection.findOne({ _id: 'a' });
      expect(updated).toMatchObject({ status: 'live', n: 3, tags: ['a', 'b'] });
      expect(updated?.nested).toBeUndefined();
      expect(await collection.updateOne({ _id: 'missing' }, { $set: { n: 1 } })).toBe(false);
    });

    it('returns the updated document from findOneAndUpdate, or null when nothing matched', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1));
      expect(
        await collection.findOneAndUpdate({ _id: 'a', revision: 0 }, { $inc: { revision: 1 } }),
      ).toMatchObject({
        revision: 1,
      });
      expect(
        await collection.findOneAndUpdate({ _id: 'a', revision: 0 }, { $inc: { revision: 1 } }),
      ).toBeNull();
    });

    it('lets exactly one of many racing revision-checked updates win', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 0));
      const results = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          collection.updateOne({ _id: 'a', revision: 0 }, { $set: { n: i }, $inc: { revision: 1 } }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await collection.findOne({ _id: 'a' })).toMatchObject({ revision: 1 });
    });

    it('deletes one or many', async () => {
      const { collection } = await fresh();
      await collection.insertMany([doc('a', 1), doc('b', 1), doc('c', 2)]);
      expect(await collection.deleteOne({ _id: 'a' })).toBe(true);
      expect(await collection.deleteOne({ _id: 'a' })).toBe(false);
      expect(await collection.deleteMany({ n: 1 })).toBe(1);
      expect(await collection.count({})).toBe(1);
    });
  });

  describe('values and indexes', () => {
    it('returns Dates as Dates, and filters and sorts them in time order', async () => {
      const { store } = await fresh();
      const events = await store.collection<{ _id: string; at: Date; history: { at: Date }[] }>(
        uniqueName(),
        [{ field: 'at' }],
      );
      const base = Date.UTC(2026, 0, 1);
      await events.insertMany(
        [3, 1, 2].map((n) => ({
          _id: `e${n}`,
          at: new Date(base + n * 60_000),
          history: [{ at: new Date(base) }],
        })),
      );
      const found = await events.findOne({ _id: 'e1' });
      expect(found?.at).toBeInstanceOf(Date);
      expect(found?.at.getTime()).toBe(base + 60_000);
      expect(found?.history[0]?.at).toBeInstanceOf(Date);
      const later = await events.find({ at: { $gt: new Date(base + 60_000) } }, { sort: { at: -1 } });
      expect(later.map((e) => e._id)).toEqual(['e3', 'e2']);
    });

    it('sets and unsets nested fields, and matches null and missing fields alike', async () => {
      const { collection } = await fresh();
      await collection.insertMany([doc('a', 1), doc('b', 2, { nested: { a: 1 } })]);
      await collection.updateOne({ _id: 'a' }, { $set: { 'nested.a': 5 } });
      expect(await collection.findOne({ _id: 'a' })).toMatchObject({ nested: { a: 5 } });
      await collection.updateOne({ _id: 'b' }, { $unset: { 'nested.a': true } });
      expect((await collection.findOne({ _id: 'b' }))?.nested).toEqual({});
      expect((await collection.find({ missing: null })).length).toBe(2);
      expect((await collection.find({ nested: { $exists: false } })).length).toBe(0);
    });

    it('refuses an update that would break a unique index, and changes nothing', async () => {
      const { collection } = await fresh();
      await collection.insertMany([doc('a', 1), doc('b', 2)]);
      await expect(
        collection.updateOne({ _id: 'b' }, { $set: { slug: 'slug-a', n: 9 } }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await collection.findOne({ _id: 'b' })).toMatchObject({ slug: 'slug-b', n: 2 });
    });

    it('leaves omitted fields out of what find returns, and keeps the rest whole', async () => {
      const { store } = await fresh();
      const docs = await store.collection<{
        _id: string;
        a: { big: string; small: number; at: Date };
        b: string;
      }>(uniqueName());
      await docs.insertOne({ _id: 'x', a: { big: 'x'.repeat(1000), small: 1, at: new Date(0) }, b: 'kept' });
      const [found] = await docs.find({}, { omit: ['a.big', 'missing.field'] });
      expect(found).toEqual({ _id: 'x', a: { small: 1, at: new Date(0) }, b: 'kept' });
      const [omittedDate] = await docs.find({}, { omit: ['a'] });
      expect(omittedDate).toEqual({ _id: 'x', b: 'kept' });
    });

    it('returns only picked fields, nested objects holding only theirs, and Dates as Dates', async () => {
      const { store } = await fresh();
      const docs = await store.collection<{
        _id: string;
        a: { big: string; small: number; at: Date; inner: { name: string; other: string } };
        b: string | null;
        c?: number[];
        d?: { e: number } | null;
        f?: boolean;
      }>(uniqueName());
      await docs.insertMany([
        {
          _id: 'x',
          a: { big: 'x'.repeat(1000), small: 1, at: new Date(0), inner: { name: 'ü "q"', other: 'no' } },
          b: null,
          d: null,
          c: [1, 2],
          f: false,
        },
        { _id: 'y', a: { big: '', small: 2, at: new Date(1), inner: { name: 'y', other: '' } }, b: 'kept' },
      ]);
      const found = await docs.find(
        {},
        {
          pick: ['a.small', 'a.at', 'a.inner.name', 'b', 'c', 'd.e', 'f', 'missing.field'],
          sort: { _id: 1 },
        },
      );
      expect(found).toEqual([
        {
          _id: 'x',
          a: { small: 1, at: new Date(0), inner: { name: 'ü "q"' } },
          // b is null: left out like a missing field (SQLite's multi-path json_extract cannot tell).
          c: [1, 2],
          f: false,
        },
        { _id: 'y', a: { small: 2, at: new Date(1), inner: { name: 'y' } }, b: 'kept' },
      ]);
      expect(found[0]?.a.at).toBeInstanceOf(Date);
      const [onlyMissing] = await docs.find({ _id: 'y' }, { pick: ['missing'] });
      expect(onlyMissing).toEqual({ _id: 'y' });
      const [one] = await docs.find({ _id: 'x' }, { pick: ['a.inner.name'] });
      expect(one).toEqual({ _id: 'x', a: { inner: { name: 'ü "q"' } } });
      const [nullOnly] = await docs.find({ _id: 'x' }, { pick: ['b', 'd.e'] });
      expect(nullOnly).toEqual({ _id: 'x' });
      expect(await docs.find({}, { pick: [], sort: { _id: -1 } })).toEqual([{ _id: 'y' }, { _id: 'x' }]);
    });

    it('refuses a pick beside an omit, and a picked field inside another, before reading', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1));
      await expect(collection.find({}, { pick: ['n'], omit: ['slug'] })).rejects.toBeInstanceOf(TypeError);
      await expect(collection.find({}, { pick: ['tags', 'tags.x'] })).rejects.toBeInstanceOf(TypeError);
    });

    it('matches array elements with $in and excludes them with $ne', async () => {
      const { collection } = await fresh();
      await collection.insertMany([doc('a', 1, { tags: ['x', 'y'] }), doc('b', 2, { tags: ['z'] })]);
      const ids = async (filter: Record<string, unknown>) =>
        (await collection.find(filter, { sort: { _id: 1 } })).map((d) => d._id);
      expect(await ids({ tags: { $in: ['y', 'q'] } })).toEqual(['a']);
      expect(await ids({ tags: { $ne: 'y' } })).toEqual(['b']);
    });
  });

  describe('operational', () => {
    it('answers ping while reachable', async () => {
      const { store } = await fresh();
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('returns copies: changing a returned document does not change the stored one', async () => {
      const { collection } = await fresh();
      await collection.insertOne(doc('a', 1));
      const found = await collection.findOne({ _id: 'a' });
      if (found) found.n = 99;
      expect((await collection.findOne({ _id: 'a' }))?.n).toBe(1);
    });
  });
}
