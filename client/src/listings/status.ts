import type { ReviewStatus } from '../../../shared/review-state.ts';
import type { VendorListingSummary } from '../../../shared/schemas/vendor.ts';
import type { StatusBadgeProps } from '../ui/badge.tsx';

type BadgeStatus = NonNullable<StatusBadgeProps['status']>;

/** Colour follows meaning; the badge's text always says the status too (colour is never alone). */
export const LISTING_BADGE: Record<VendorListingSummary['status'], BadgeStatus> = {
  draft: 'neutral',
  live: 'success',
  suspended: 'danger',
  withdrawn: 'inactive',
};

export const REVIEW_BADGE: Record<ReviewStatus, BadgeStatus> = {
  draft: 'neutral',
  submitted: 'active',
  in_review: 'active',
  changes_requested: 'warning',
  rejected: 'danger',
  approved: 'success',
};
