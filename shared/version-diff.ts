/**
 * The parts of a listing version a re-review compares (issue 12, decision 060). Which criteria
 * depend on which part, and whether one reviewer suffices, is data in catalog/criteria.json.
 */
export const FIELD_GROUPS = [
  'texts',
  'screenshots',
  'accessibility',
  'claims',
  'launch',
  'privacyStatement',
  'evidence',
  'organisation',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** Draft fields per group; a field not named here belongs to `texts`. */
const DRAFT_FIELD_GROUP: Record<string, FieldGroup> = {
  screenshots: 'screenshots',
  accessibility: 'accessibility',
  claims: 'claims',
  launch: 'launch',
  privacyStatementUrl: 'privacyStatement',
};

export function groupOfDraftField(field: string): FieldGroup {
  return DRAFT_FIELD_GROUP[field] ?? 'texts';
}

export interface FieldChange {
  group: FieldGroup;
  /** The draft field (or `evidence`, `organisationId`). */
  field: string;
  before: unknown;
  after: unknown;
}

/** The side of a comparison: a version's content, evidence snapshot and organisation. */
export interface VersionSide {
  content: Record<string, unknown>;
  evidence: unknown[];
  organisationId: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-by-field changes from `live` to `next`, in draft order. */
export function diffVersions(live: VersionSide, next: VersionSide): FieldChange[] {
  const fields = [...new Set([...Object.keys(next.content), ...Object.keys(live.content)])];
  const changes: FieldChange[] = fields
    .filter((field) => !same(live.content[field], next.content[field]))
    .map((field) => ({
      group: groupOfDraftField(field),
      field,
      before: live.content[field] ?? null,
      after: next.content[field] ?? null,
    }));
  if (!same(live.evidence, next.evidence))
    changes.push({ group: 'evidence', field: 'evidence', before: live.evidence, after: next.evidence });
  if (live.organisationId !== next.organisationId)
    changes.push({
      group: 'organisation',
      field: 'organisationId',
      before: live.organisationId,
      after: next.organisationId,
    });
  return changes;
}
