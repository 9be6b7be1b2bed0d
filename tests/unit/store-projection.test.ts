import { describe, expect, it } from 'vitest';
import { checkProjection, withoutNulls } from '../../server/store/projection.ts';

/** The MongoDB adapter's side of `pick` (no MongoDB server here: the contract suite runs it with MONGODB_URI). */
describe('pick on MongoDB answers as on SQLite', () => {
  it('leaves out picked fields holding null, and objects left with none of theirs', () => {
    expect(withoutNulls({ _id: 'x', a: { b: null } }, ['a.b'])).toEqual({ _id: 'x' });
    expect(withoutNulls({ _id: 'x', d: null }, ['d.e'])).toEqual({ _id: 'x' });
    expect(withoutNulls({ _id: 'x', a: { b: null, c: 1 } }, ['a.b', 'a.c'])).toEqual({
      _id: 'x',
      a: { c: 1 },
    });
    expect(withoutNulls({ _id: 'x', a: { b: { c: null } } }, ['a.b.c'])).toEqual({ _id: 'x' });
  });

  it('keeps every value that is there: false, 0, empty text, arrays with nulls', () => {
    const doc = { _id: 'x', f: false, n: 0, s: '', list: [null, 1], o: { k: 'v' } };
    expect(withoutNulls(structuredClone(doc), ['f', 'n', 's', 'list', 'o.k'])).toEqual(doc);
  });

  it('refuses pick with omit, and a picked field inside another', () => {
    expect(() => checkProjection({ pick: ['a'], omit: ['b'] })).toThrow(TypeError);
    expect(() => checkProjection({ pick: ['a', 'a.b'] })).toThrow(TypeError);
    expect(() => checkProjection({ pick: ['a', 'ab'] })).not.toThrow();
    expect(() => checkProjection({ omit: ['a'] })).not.toThrow();
  });
});
