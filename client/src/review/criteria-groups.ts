import { CRITERION_GROUPS, type Criterion } from '../../../shared/schemas/criteria.ts';

export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

/** The criteria per group, in the catalogue's group order, leaving out empty groups. */
export function groupCriteria(
  criteria: Criterion[],
): Array<{ group: CriterionGroup; criteria: Criterion[] }> {
  return CRITERION_GROUPS.map((group) => ({
    group,
    criteria: criteria.filter((c) => c.group === group),
  })).filter((entry) => entry.criteria.length > 0);
}
