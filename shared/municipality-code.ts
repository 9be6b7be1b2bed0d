/**
 * A CBS municipality code, e.g. GM0344 is Utrecht. Without zod, so the storefront's first load can
 * check a remembered or chosen code (issue 10); shared/schemas/common.ts builds its schema on it.
 */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

export function isMunicipalityCode(value: unknown): value is string {
  return typeof value === 'string' && MUNICIPALITY_CODE_PATTERN.test(value);
}
