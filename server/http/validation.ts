import type { z } from 'zod';
import { type FieldError, type FieldLocation, ValidationError } from './errors.ts';

/** Turns zod issues into field errors; an unknown key becomes an error naming that key. */
export function toFieldErrors(location: FieldLocation, error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        in: location,
        field: base ? `${base}.${key}` : key,
        message: 'unknown field',
      }));
    }
    return [{ in: location, field: base || '(root)', message: issue.message }];
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function parseWith<S extends z.ZodType>(
  schema: S,
  location: FieldLocation,
  input: unknown,
): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(location, result.error) };
}

/** Parses one input or throws a 400 with every field error (for use in services and guards). */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  location: FieldLocation,
  input: unknown,
): z.output<S> {
  const parsed = parseWith(schema, location, input);
  if (!parsed.ok) throw new ValidationError(parsed.errors);
  return parsed.value;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No API body nests deeper than this; deeper input is refused instead of walked. */
const MAX_DEPTH = 32;

/**
 * Keys that would reach an object's prototype. zod drops `__proto__` from records silently, so
 * they are refused here, before any schema sees the body.
 */
export function reservedKeyErrors(location: FieldLocation, value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: string[] };
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= MAX_DEPTH) {
      errors.push({ in: location, field: path.join('.'), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    for (const key of Object.keys(node)) {
      const here = [...path, key];
      if (RESERVED_KEYS.has(key))
        errors.push({ in: location, field: here.join('.'), message: 'a reserved name' });
      else stack.push({ node: (node as Record<string, unknown>)[key], path: here });
    }
  }
  return errors;
}
