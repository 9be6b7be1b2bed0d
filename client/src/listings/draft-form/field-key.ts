import type { ClaimId } from '../../../../shared/claims.ts';

/**
 * A field key is a draft path with claim indexes replaced by claim ids (`claims.email.reason.nl`),
 * because the form shows every claim of the catalogue and only the chosen ones end up in the
 * draft's array. Keys also name the controls: see `fieldId`.
 */
export type FieldKey = string;

export function fieldId(key: FieldKey): string {
  return `veld-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Turns a zod or server path into a field key. */
export function toFieldKey(path: readonly PropertyKey[], claimOrder: readonly ClaimId[]): FieldKey {
  const parts = path.map((part) => (typeof part === 'symbol' ? '' : part));
  if (parts[0] === 'claims' && typeof parts[1] === 'number') {
    parts[1] = claimOrder[parts[1]] ?? parts[1];
  }
  return parts.map(String).join('.');
}

/** `draft.tagline.nl` from a server 400 as a field key; null for anything outside the draft. */
export function serverFieldKey(field: string, claimOrder: readonly ClaimId[]): FieldKey | null {
  const parts = field.split('.');
  if (parts[0] !== 'draft') return null;
  const path = parts.slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return path.length === 0 ? null : toFieldKey(path, claimOrder);
}

export interface ResolvedKey {
  key: FieldKey;
  /** The 1-based position inside a list field (a line of the redirect URIs), when there is one. */
  item?: number;
}

/**
 * The field that shows an error: the key itself when the form has a control for it, otherwise
 * its nearest ancestor that has one (`languages.1` shows at the languages field).
 */
export function resolveKey(key: FieldKey, known: ReadonlySet<FieldKey>): ResolvedKey | null {
  const parts = key.split('.');
  for (let end = parts.length; end > 0; end -= 1) {
    const candidate = parts.slice(0, end).join('.');
    if (!known.has(candidate)) continue;
    const next = parts[end];
    return next !== undefined && /^\d+$/.test(next)
      ? { key: candidate, item: Number(next) + 1 }
      : { key: candidate };
  }
  return null;
}
