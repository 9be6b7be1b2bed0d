import type { ReviewStatus } from '../../../../shared/review-state.ts';
import type { VendorListingSummary } from '../../../../shared/schemas/vendor.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { vendorMessages } from '../messages.ts';
import { LISTING_BADGE, REVIEW_BADGE } from '../status.ts';

export function ListingStatusBadge({ status }: { status: VendorListingSummary['status'] }) {
  const m = useMessages(vendorMessages);
  return <StatusBadge status={LISTING_BADGE[status]}>{m.listingStatus[status]}</StatusBadge>;
}

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const m = useMessages(vendorMessages);
  return <StatusBadge status={REVIEW_BADGE[status]}>{m.reviewStatus[status]}</StatusBadge>;
}
