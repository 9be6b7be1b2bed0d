import type { ClaimId } from '../../../shared/claims.ts';
import type { ClaimRequest, ListingDraft } from '../../../shared/schemas/listing.ts';

export type ClaimChange = 'added' | 'changed' | 'same';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What a new version changes against the live one. Null live content means a first version:
 * nothing is "changed" then, everything is simply new.
 */
export function fieldChanged<K extends keyof ListingDraft>(
  content: ListingDraft,
  live: ListingDraft | null,
  key: K,
): boolean {
  return live !== null && !same(content[key], live[key]);
}

export function launchFieldChanged(
  content: ListingDraft,
  live: ListingDraft | null,
  key: keyof ListingDraft['launch'],
): boolean {
  return live !== null && !same(content.launch[key], live.launch[key]);
}

/** Per requested claim: new, changed (reason or required) or the same as live. */
export function claimChange(claim: ClaimRequest, live: ListingDraft | null): ClaimChange {
  if (live === null) return 'same';
  const before = live.claims.find((c) => c.claim === claim.claim);
  if (!before) return 'added';
  return same(before, claim) ? 'same' : 'changed';
}

/** Claims the live version asks for that this version drops (a narrowing, still worth seeing). */
export function droppedClaims(content: ListingDraft, live: ListingDraft | null): ClaimId[] {
  if (live === null) return [];
  const now = new Set(content.claims.map((c) => c.claim));
  return live.claims.map((c) => c.claim).filter((id) => !now.has(id));
}
