import type { DecisionKind, PublicDecision } from '../../shared/schemas/register.ts';

/**
 * A public decision as stored in the `decisions` collection. Everything but `deciders` and
 * `organisationId` is public; `deciders` (who took it) only serves to keep them off an objection
 * against it (Awb 7:5) and never leaves the server.
 */
export interface DecisionDoc {
  _id: string;
  kind: DecisionKind;
  at: string;
  /** `YYYY-MM` of `at`, a scalar so the month filter is an indexed equality. */
  month: string;
  slug: string;
  listingId: string;
  organisationId: string;
  appName: string;
  vendor: string;
  version: number | null;
  /** Internal: the version a review decision was about, for reopening it after an objection. */
  versionId: string | null;
  reason: { nl: string; en: string };
  criteria: PublicDecision['criteria'];
  objectionDeadline: string | null;
  relatedDecisionId: string | null;
  deciders: string[];
}

export const DECISIONS = 'decisions';
export const DECISION_INDEXES = [{ field: 'kind' }, { field: 'slug' }, { field: 'month' }, { field: 'at' }];

/** The public view: no deciders, no internal ids. */
export function toPublicDecision(doc: DecisionDoc): PublicDecision {
  return {
    id: doc._id,
    kind: doc.kind,
    at: doc.at,
    app: { slug: doc.slug, name: doc.appName, vendor: doc.vendor },
    version: doc.version,
    reason: doc.reason,
    criteria: doc.criteria,
    objectionDeadline: doc.objectionDeadline,
    relatedDecisionId: doc.relatedDecisionId,
  };
}
