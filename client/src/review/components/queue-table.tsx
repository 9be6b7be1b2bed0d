import type { ReviewStatus } from '../../../../shared/review-state.ts';
import { REQUIRED_APPROVALS } from '../../../../shared/review-state.ts';
import type { ReviewQueueItem } from '../../../../shared/schemas/review.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { ReviewStatusBadge } from '../../listings/components/status-badges.tsx';
import { vendorMessages } from '../../listings/messages.ts';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { reviewMessages } from '../messages.ts';

export function QueueTable({
  items,
  status,
}: {
  items: ReviewQueueItem[];
  status: ReviewStatus | undefined;
}) {
  const m = useMessages(reviewMessages).queue;
  const statusLabels = useMessages(vendorMessages).reviewStatus;
  return (
    <Table caption={m.caption(status ? statusLabels[status] : m.filterAll.toLowerCase())}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.app}</TableHeaderCell>
          <TableHeaderCell>{m.vendor}</TableHeaderCell>
          <TableHeaderCell>{m.version}</TableHeaderCell>
          <TableHeaderCell>{m.status}</TableHeaderCell>
          <TableHeaderCell>{m.approvals}</TableHeaderCell>
          <TableHeaderCell>{m.claimedBy}</TableHeaderCell>
          <TableHeaderCell>{m.waiting}</TableHeaderCell>
          <TableHeaderCell>{m.action}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const nameId = `wachtrij-${item.versionId}`;
          const whyId = `wachtrij-${item.versionId}-waarom`;
          return (
            <TableRow key={item.versionId}>
              <TableHeaderCell scope="row" id={nameId}>
                {item.name}
              </TableHeaderCell>
              <TableCell>{item.organisation.name}</TableCell>
              <TableCell>{item.number}</TableCell>
              <TableCell>
                <ReviewStatusBadge status={item.status} />
              </TableCell>
              <TableCell>{`${item.approvals}/${item.requiredApprovals ?? REQUIRED_APPROVALS}`}</TableCell>
              {/* Who has it and how long it has waited (issue 11, reviewer's missing features). */}
              <TableCell>{item.reviewers.length > 0 ? item.reviewers.join(', ') : m.nobody}</TableCell>
              <TableCell>
                <time dateTime={item.submittedAt}>{m.waitingDays(daysSince(item.submittedAt))}</time>
              </TableCell>
              <TableCell>
                {item.mayReview ? (
                  <RouteLink
                    to={`/beoordelen/${encodeURIComponent(item.versionId)}`}
                    aria-describedby={nameId}
                  >
                    {m.review}
                  </RouteLink>
                ) : (
                  <>
                    <Button disabled aria-describedby={`${nameId} ${whyId}`}>
                      {m.review}
                    </Button>
                    <span id={whyId} className="ic-meta ic-reason">
                      {m.mayNotReview}
                    </span>
                  </>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** Whole days since `at`, at least 0. */
function daysSince(at: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(at)) / 86_400_000));
}
