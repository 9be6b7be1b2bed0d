import fc from 'fast-check';
import { CATEGORY_IDS } from '../../shared/categories.ts';
import { CLAIM_IDS } from '../../shared/claims.ts';

/**
 * Generators of hostile input for the API fuzz tests. Every generator named `invalid…` yields
 * only input that the shared zod schemas (or the service rules named beside them) must refuse,
 * so a request built from it can never legitimately change what is stored.
 */

/**
 * A long string made on demand: sent in full, but shown in a counterexample as its recipe, so a
 * failure report stays readable.
 */
export class Repeat {
  constructor(readonly parts: [string, number][]) {}

  toString(): string {
    return this.parts.map(([unit, count]) => unit.repeat(count)).join('');
  }

  toJSON(): string {
    return this.toString();
  }

  [fc.toStringMethod](): string {
    return `Repeat(${this.parts.map(([unit, count]) => `${JSON.stringify(unit)}×${count}`).join(' + ')})`;
  }
}

/** A JSON body, or raw bytes with a content type (null: no content-type header). */
export type Body = { json: unknown } | { raw: string | Repeat; contentType: string | null };

/** Keys that reach into prototypes or look like store operators. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '$where',
  '$gt',
  '$ne',
  '$set',
  '$regex',
] as const;

export const operatorObject = fc.constantFrom<unknown>(
  { $gt: '' },
  { $gt: 0 },
  { $ne: null },
  { $where: 'sleep(1000) || true' },
  { $regex: '.*' },
  { $in: [] },
  { $exists: true },
  { $or: [{}] },
  { $expr: { $eq: [1, 1] } },
);

/** Copies an object and gives it an own, enumerable property, even for `__proto__`. */
export function withKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...(target as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Strings nobody expects: control and bidi characters, astral planes, lone surrogates, injections. */
export const weirdString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u2066',
    'e\u0301',
    '\ud800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    "'; DROP TABLE listings; --",
    `\${7*7}{{7*7}}`,
    'null',
    'undefined',
    'NaN',
  ),
);

/** Characters in a repeated unit as zod counts a string's length: code points, not UTF-16 units. */
const codePoints = (unit: string) => unit.replace(/[\uDC00-\uDFFF]/g, '').length;

/** Strings far beyond every field's limit (but bodies stay below the 1 MB parser limit). */
export const hugeString = fc
  .tuple(fc.integer({ min: 4_100, max: 200_000 }), fc.constantFrom('x', 'é', '🙂', 'ab '))
  .map(([length, unit]) => new Repeat([[unit, Math.ceil(length / codePoints(unit))]]));

/** A string longer than `max` after trimming, shown compactly. */
export function longerThan(max: number): fc.Arbitrary<Repeat> {
  return fc
    .tuple(fc.integer({ min: max + 1, max: max * 2 }), fc.constantFrom('x', 'ë', '🙂', 'a b'))
    .map(([length, unit]) => new Repeat([[unit, Math.ceil(length / codePoints(unit))]]));
}

/** Any JSON value that is not of the given kind. */
export function notA(kind: 'string' | 'array' | 'object' | 'boolean' | 'number'): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [operatorObject];
  if (kind !== 'string') options.push(weirdString, fc.constantFrom('1', 'true', '[]', '{}'));
  if (kind !== 'number') options.push(fc.integer(), fc.double({ noNaN: true }), fc.constant(0));
  if (kind !== 'boolean') options.push(fc.boolean());
  if (kind !== 'array') options.push(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.constant([]));
  if (kind !== 'object')
    options.push(fc.constant({}), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
  options.push(fc.constant(null));
  return fc.oneof(...options);
}

/** An object key that a strict schema with `allowed` keys must refuse. */
export function unknownKey(allowed: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...HOSTILE_KEYS),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('draft ', 'Draft', 'id', '_id'),
    )
    .filter((key) => !allowed.includes(key));
}

/** A non-empty JSON document that is not an object: strict parsers or object schemas refuse it. */
export const nonObjectJson = fc.oneof(
  fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }),
  fc.constant([]),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  weirdString,
);

/** A body an operation without a body must refuse: never empty (`{}` and `[]` count as empty). */
export const unwantedBody: fc.Arbitrary<Body> = fc.oneof(
  fc
    .dictionary(
      fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 8 })),
      fc.jsonValue(),
      {
        minKeys: 1,
        maxKeys: 3,
      },
    )
    .map((json) => ({ json })),
  fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }).map((json) => ({ json })),
  fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', null),
    )
    .map(([raw, contentType]) => ({ raw, contentType })),
);

/** Bodies that are not JSON objects at all, or not JSON, or not declared as JSON, or too large. */
export const malformedBody: fc.Arbitrary<Body> = fc.oneof(
  fc
    .constantFrom(
      '{',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      'nul',
      '[1,2',
      '{"__proto__":',
      '\u0000',
      '{"a":1}{"b":2}',
      '"',
    )
    .map((raw) => ({ raw, contentType: 'application/json' })),
  fc.constantFrom('true', '1', '"draft"', 'null').map((raw) => ({ raw, contentType: 'application/json' })),
  fc
    .tuple(fc.jsonValue(), fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data', null))
    .map(([value, contentType]) => ({ raw: JSON.stringify(value) || '1', contentType })),
  fc.constantFrom(50, 2_000, 20_000).map((depth) => ({
    raw: new Repeat([
      ['[', depth],
      [']', depth],
    ]),
    contentType: 'application/json',
  })),
  fc.constantFrom(50, 2_000, 20_000).map((depth) => ({
    raw: new Repeat([
      ['{"a":', depth],
      ['1', 1],
      ['}', depth],
    ]),
    contentType: 'application/json',
  })),
  fc.constant({
    raw: new Repeat([
      ['{"draft":"', 1],
      ['x', 1_100_000],
      ['"}', 1],
    ]),
    contentType: 'application/json',
  }),
  fc.constant({ raw: '{"a":1}', contentType: 'application/json; charset=latin1' }),
);

/* ----- listing drafts ----- */

type Path = (string | number)[];

const REQUIRED_DRAFT_PATHS: Path[] = [
  ['name'],
  ['tagline'],
  ['description'],
  ['categories'],
  ['website'],
  ['claims'],
  ['privacyStatementUrl'],
  ['accessibility'],
  ['languages'],
  ['support'],
  ['cost'],
  ['screenshots'],
  ['launch'],
  ['tagline', 'nl'],
  ['tagline', 'en'],
  ['description', 'en'],
  ['accessibility', 'statementUrl'],
  ['accessibility', 'status'],
  ['support', 'email'],
  ['cost', 'model'],
  ['launch', 'initiateLoginUri'],
  ['launch', 'redirectUris'],
  ['claims', 0, 'claim'],
  ['claims', 0, 'reason'],
  ['claims', 0, 'required'],
  ['claims', 0, 'reason', 'nl'],
];

const FIELD_KINDS: [Path, 'string' | 'array' | 'object' | 'boolean'][] = [
  [['name'], 'string'],
  [['tagline'], 'object'],
  [['tagline', 'nl'], 'string'],
  [['description', 'en'], 'string'],
  [['categories'], 'array'],
  [['categories', 0], 'string'],
  [['website'], 'string'],
  [['claims'], 'array'],
  [['claims', 0], 'object'],
  [['claims', 0, 'required'], 'boolean'],
  [['privacyStatementUrl'], 'string'],
  [['accessibility'], 'object'],
  [['languages'], 'array'],
  [['support'], 'object'],
  [['support', 'email'], 'string'],
  [['cost'], 'object'],
  [['screenshots'], 'array'],
  [['launch'], 'object'],
  [['launch', 'redirectUris'], 'array'],
  [['launch', 'redirectUris', 0], 'string'],
  [['launch', 'idTokenSignedResponseAlg'], 'string'],
  [['launch', 'initiateLoginMethod'], 'string'],
];

const OBJECT_PATHS: [Path, string[]][] = [
  [
    [],
    [
      'name',
      'tagline',
      'description',
      'categories',
      'icon',
      'website',
      'claims',
      'privacyStatementUrl',
      'accessibility',
      'languages',
      'support',
      'cost',
      'screenshots',
      'launch',
    ],
  ],
  [['tagline'], ['nl', 'en']],
  [['description'], ['nl', 'en']],
  [['accessibility'], ['statementUrl', 'status']],
  [['support'], ['email', 'phone', 'url', 'hours']],
  [['cost'], ['model', 'note']],
  [['launch'], ['initiateLoginUri', 'initiateLoginMethod', 'redirectUris', 'idTokenSignedResponseAlg']],
  [
    ['claims', 0],
    ['claim', 'reason', 'required'],
  ],
  [
    ['claims', 0, 'reason'],
    ['nl', 'en'],
  ],
];

/** Values each field's rules refuse although the type is right. */
const FIELD_INVALIDS: [Path, fc.Arbitrary<unknown>][] = [
  [['name'], fc.oneof(fc.constantFrom('', ' ', 'x', '  y  '), longerThan(60), hugeString)],
  [['tagline', 'nl'], fc.oneof(fc.constantFrom('', '   ', '\t\n'), hugeString)],
  [['description', 'en'], hugeString],
  [
    ['categories'],
    fc.oneof(
      fc.constant([]),
      fc.constant([...CATEGORY_IDS].slice(0, 4)),
      fc.array(
        weirdString.filter((s) => !(CATEGORY_IDS as readonly string[]).includes(s)),
        { minLength: 1, maxLength: 3 },
      ),
    ),
  ],
  [
    ['website'],
    fc.constantFrom(
      'http://testapp.example',
      'javascript:alert(1)',
      'https://',
      'ftp://testapp.example',
      'testapp.example',
      'https://exa mple.com',
      'https://localhost:99999',
    ),
  ],
  [
    ['privacyStatementUrl'],
    fc.constantFrom('http://testapp.example/privacy', 'data:text/html,hi', '//testapp.example'),
  ],
  [['claims', 0, 'claim'], fc.constantFrom('bsn', 'BSN', 'given-name', 'sub', 'iss', '__proto__', '')],
  [['claims'], fc.constant('dup')],
  [['accessibility', 'status'], fc.constantFrom('F', 'a', '', 'AA')],
  [
    ['languages'],
    fc.oneof(
      fc.constant([]),
      fc.constant(['nld']),
      fc.constant(['NL']),
      fc.constant(Array.from({ length: 21 }, () => 'nl')),
    ),
  ],
  [['support', 'email'], fc.constantFrom('not-an-email', '@x.nl', 'a@', `${'a'.repeat(250)}@x.nl`)],
  [['support', 'phone'], fc.constantFrom('call me', '12', '+31 6'.repeat(10))],
  [['cost', 'model'], fc.constantFrom('gratis', 'FREE', '')],
  [['screenshots'], fc.constant([{ src: 'https://evil.example/x.png', alt: { nl: 'x', en: 'x' } }])],
  [['icon'], fc.constantFrom('/media/../../etc/passwd', 'https://evil.example/icon.svg', '/media/x/y.exe')],
  [
    ['launch', 'initiateLoginUri'],
    fc.constantFrom(
      'http://evil.example/launch',
      'https://a.example/#frag',
      'https://user:pw@a.example/',
      'javascript:alert(1)',
    ),
  ],
  [
    ['launch', 'redirectUris'],
    fc.oneof(fc.constant([]), fc.constant(Array.from({ length: 6 }, (_, i) => `https://a.example/${i}`))),
  ],
  [['launch', 'idTokenSignedResponseAlg'], fc.constantFrom('none', 'HS256', 'rs256', 'PS256')],
  [['launch', 'initiateLoginMethod'], fc.constantFrom('get', 'PUT', 'form_post', '')],
];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parentOf(root: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return [node, path[path.length - 1] as string | number];
}

/** A listing draft that ListingDraftSchema must refuse, made by breaking one rule of a valid one. */
export function invalidDraft(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...REQUIRED_DRAFT_PATHS).map((path) => {
      const draft = clone(valid);
      const [parent, key] = parentOf(draft, path);
      delete parent[key];
      return draft;
    }),
    fc.constantFrom(...FIELD_KINDS).chain(([path, kind]) =>
      notA(kind).map((value) => {
        const draft = clone(valid);
        const [parent, key] = parentOf(draft, path);
        parent[key] = value;
        return draft;
      }),
    ),
    fc.constantFrom(...OBJECT_PATHS).chain(([path, allowed]) =>
      fc.tuple(unknownKey(allowed), fc.jsonValue()).map(([key, value]) => {
        const draft = clone(valid);
        if (path.length === 0) return withKey(draft, key, value);
        const [parent, last] = parentOf(draft, path);
        parent[last] = withKey(parent[last] as object, key, value);
        return draft;
      }),
    ),
    fc.constantFrom(...FIELD_INVALIDS).chain(([path, values]) =>
      values.map((value) => {
        const draft = clone(valid);
        if (path[0] === 'claims' && value === 'dup') {
          const claims = draft.claims as unknown[];
          draft.claims = [claims[0], claims[0]];
          return draft;
        }
        const [parent, key] = parentOf(draft, path);
        parent[key] = value;
        return draft;
      }),
    ),
    nonObjectJson,
  );
}

/* ----- small bodies ----- */

/** A body for a strict object schema with these keys, broken in one way (missing, wrong type, extra key, not an object). */
export function invalidObject(
  valid: Record<string, unknown>,
  fields: Record<string, 'string' | 'array' | 'object' | 'boolean' | 'number'>,
  required: string[],
  invalidValues: [string, fc.Arbitrary<unknown>][] = [],
): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const arms: fc.Arbitrary<unknown>[] = [
    nonObjectJson,
    fc.tuple(unknownKey(keys), fc.jsonValue()).map(([key, value]) => withKey(valid, key, value)),
    fc
      .constantFrom(...keys)
      .chain((key) => notA(fields[key] as 'string').map((value) => ({ ...valid, [key]: value }))),
  ];
  if (required.length > 0) {
    arms.push(
      fc.constantFrom(...required).map((key) => {
        const copy = { ...valid };
        delete copy[key];
        return copy;
      }),
    );
  }
  for (const [key, values] of invalidValues) arms.push(values.map((value) => ({ ...valid, [key]: value })));
  return fc.oneof(...arms);
}

/** Claim ids the catalogue does not know, and other strings ClaimIdSchema refuses. */
export const unknownClaim = fc
  .oneof(fc.constantFrom('bsn', 'sub', 'GIVEN_NAME', 'given-name', '__proto__', ''), weirdString)
  .filter((s) => !(CLAIM_IDS as readonly string[]).includes(s));

/** A string IdSchema accepts (letters, digits, _ and -), but no fixture uses. */
export const unusedId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((s) => !/^(lst|ver)-/.test(s));

/** A path segment of any shape: unicode, encoded slashes and dots, bad percent-encoding, too long. */
export const randomSegment = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map(encodeURIComponent),
  fc.constantFrom(
    '%',
    '%zz',
    '%E0%A4%A',
    '%C0%AF',
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    'null',
    '__proto__',
    'constructor',
    '%24where',
    'a'.repeat(65),
    `lst-${'x'.repeat(100)}`,
    'GM0344%00',
    'UPPER-Case',
  ),
  unusedId,
);

/* ----- query strings ----- */

const QUERY_VALUE = fc.oneof(
  weirdString,
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    '1e309',
    '10001',
    '101',
    ' 2 ',
    '0x10',
    'Infinity',
    '[object Object]',
  ),
  fc.constantFrom(...CATEGORY_IDS, 'zorg ', 'ZORG', 'GM0344', 'GM034', 'GM03444', 'gm0344'),
  fc.constantFrom('draft', 'submitted', 'in_review', 'approved', 'rejected', 'changes_requested', 'live'),
  fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }),
  fc.integer({ min: 201, max: 3_000 }).map((n) => 'q'.repeat(n)),
);

/** A query string for an operation with these known keys: known, hostile and repeated keys. */
export function queryString(known: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...known.map((k) => `${k}[$gt]`),
        ...known.map((k) => `${k}[]`),
        '__proto__[polluted]',
        'constructor[prototype][polluted]',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  // At most 8 KB: Node itself answers longer request lines with a bare 431 before the app runs.
  const structured = fc
    .array(fc.tuple(key, QUERY_VALUE), { maxLength: 5 })
    .map((entries) => {
      const params = new URLSearchParams();
      for (const [k, v] of entries) params.append(k, v);
      return params.toString();
    })
    .filter((query) => query.length <= 8_000);
  const raw = fc.constantFrom(
    'q=%',
    'q=%zz',
    'page=%E0%A4%A',
    '&&&',
    '=',
    '==',
    'q',
    'page=1&page=2',
    '%00=1',
    'a[b][c][d][e][f]=1',
  );
  return fc.oneof({ weight: 6, arbitrary: structured }, { weight: 1, arbitrary: raw });
}
