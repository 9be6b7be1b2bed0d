/**
 * The review state machine of one listing version (DESIGN.md "Review workflow"), defined once
 * and used by the server to refuse every other transition and by the client to offer actions.
 */
export const REVIEW_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'rejected',
  'approved',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewAction =
  | 'submit'
  | 'claim'
  | 'approve'
  | 'request_changes'
  | 'reject'
  | 'resubmit'
  | 'reopen';

const TRANSITIONS: Record<ReviewStatus, Partial<Record<ReviewAction, ReviewStatus[]>>> = {
  draft: { submit: ['submitted'] },
  submitted: { claim: ['in_review'] },
  // A first approval keeps the version in review until a second, different reviewer approves.
  in_review: {
    claim: ['in_review'],
    approve: ['in_review', 'approved'],
    request_changes: ['changes_requested'],
    reject: ['rejected'],
  },
  changes_requested: { resubmit: ['submitted'] },
  // An upheld objection (issue 13) sends a rejected version back into review with its handlers.
  rejected: { reopen: ['in_review'] },
  approved: {},
};

export function allowedActions(status: ReviewStatus): ReviewAction[] {
  return Object.keys(TRANSITIONS[status]) as ReviewAction[];
}

export function canTransition(from: ReviewStatus, action: ReviewAction, to: ReviewStatus): boolean {
  return TRANSITIONS[from][action]?.includes(to) ?? false;
}

/** Versions in these states wait for reviewers; a listing has at most one at a time. */
export const OPEN_REVIEW_STATUSES: ReviewStatus[] = ['submitted', 'in_review'];

/** Approval needs this many different reviewers (four eyes). */
export const REQUIRED_APPROVALS = 2;
