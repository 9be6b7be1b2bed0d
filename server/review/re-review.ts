import { REQUIRED_APPROVALS } from '../../shared/review-state.ts';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { evidenceStatus } from '../../shared/schemas/evidence.ts';
import { diffVersions, type FieldChange, type FieldGroup } from '../../shared/version-diff.ts';
import type { LiveVersion } from '../listings/listing.documents.ts';
import type { VersionDoc } from './version.documents.ts';

export interface CriterionPlan {
  criterionId: string;
  /** `assess`: needs a fresh verdict; `carried`: the live verdict stands, with its date. */
  status: 'assess' | 'carried';
  /** Why it needs a fresh verdict: changed parts, `expired-evidence`, `no-live-verdict`, `first-version`. */
  because: string[];
  outcome: 'pass' | 'not-applicable' | null;
  assessedAt: string | null;
}

export interface ReReviewPlan {
  comparedWith: { versionNumber: number; approvedAt: string } | null;
  requiredApprovals: number;
  changes: FieldChange[];
  criteria: CriterionPlan[];
}

/**
 * What a version needs from reviewers (decision 060): compared field by field with the live
 * version, only criteria whose parts changed (or whose evidence ran out) need a fresh verdict; and
 * when every one of those says one reviewer suffices, one approval publishes.
 */
export function planReReview(
  version: Pick<VersionDoc, '_id' | 'number' | 'content' | 'evidence' | 'organisationId'>,
  live: LiveVersion | null,
  listingOrganisationId: string,
  criteria: Criterion[],
  day: string,
): ReReviewPlan {
  if (!live || live.versionId === version._id || live.number >= version.number) {
    return {
      comparedWith: null,
      requiredApprovals: REQUIRED_APPROVALS,
      changes: [],
      criteria: criteria.map((c) => ({
        criterionId: c.id,
        status: 'assess',
        because: ['first-version'],
        outcome: null,
        assessedAt: null,
      })),
    };
  }
  const changes = diffVersions(
    {
      content: live.content,
      evidence: live.evidence ?? [],
      organisationId: live.organisationId ?? listingOrganisationId,
    },
    { content: version.content, evidence: version.evidence ?? [], organisationId: version.organisationId },
  );
  const changed = new Set<FieldGroup>(changes.map((c) => c.group));
  const plans = criteria.map((criterion): CriterionPlan => {
    const liveVerdict = live.assessment.find((a) => a.criterionId === criterion.id);
    const because: string[] = criterion.reReview
      ? criterion.reReview.dependsOn.filter((group) => changed.has(group))
      : changes.length > 0
        ? ['no-rules']
        : [];
    const expired = (live.evidence ?? []).some(
      (e) => criterion.evidenceKinds?.includes(e.kind) && evidenceStatus(e.validUntil, day) === 'expired',
    );
    if (expired) because.push('expired-evidence');
    if (!liveVerdict) because.push('no-live-verdict');
    return {
      criterionId: criterion.id,
      status: because.length > 0 ? 'assess' : 'carried',
      because,
      outcome: liveVerdict?.outcome ?? null,
      assessedAt: liveVerdict ? (liveVerdict.assessedAt ?? live.approvedAt) : null,
    };
  });
  const toAssess = plans.filter((p) => p.status === 'assess');
  const oneSuffices = toAssess.every(
    (p) => criteria.find((c) => c.id === p.criterionId)?.reReview?.oneReviewerSuffices === true,
  );
  return {
    comparedWith: { versionNumber: live.number, approvedAt: live.approvedAt },
    requiredApprovals: oneSuffices ? 1 : REQUIRED_APPROVALS,
    changes,
    criteria: plans,
  };
}
