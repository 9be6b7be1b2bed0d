import type { AppSummary } from '../../../../shared/schemas/catalog.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { adminMessages } from '../messages.ts';

interface OffersTableProps {
  apps: AppSummary[];
  offered: ReadonlySet<string>;
  /** Launches in the last four weeks per slug; absent while loading or when unavailable. */
  usage: ReadonlyMap<string, number> | null;
  /** Residents who asked for each app not offered (issue 11); absent while loading. */
  requests: ReadonlyMap<string, number> | null;
  busySlug: string | null;
  onOffer: (app: AppSummary) => void;
  onStop: (app: AppSummary) => void;
}

/**
 * Each row's button says what it does ("Aanbieden" or "Stoppen met aanbieden"): the earlier
 * pressed/not-pressed toggle always read "Aanbieden" (issue 11 item 10). Stopping asks first.
 */
export function OffersTable({ apps, offered, usage, requests, busySlug, onOffer, onStop }: OffersTableProps) {
  const m = useMessages(adminMessages).offers;
  return (
    <Table caption={m.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.app}</TableHeaderCell>
          <TableHeaderCell>{m.vendor}</TableHeaderCell>
          <TableHeaderCell>{m.status}</TableHeaderCell>
          <TableHeaderCell>{m.usage}</TableHeaderCell>
          <TableHeaderCell>{m.requests}</TableHeaderCell>
          <TableHeaderCell>{m.action}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apps.map((app) => {
          const isOffered = offered.has(app.slug);
          const nameId = `app-${app.slug}`;
          const launches = usage?.get(app.slug);
          const asked = isOffered ? undefined : (requests?.get(app.slug) ?? (requests ? 0 : undefined));
          return (
            <TableRow key={app.slug}>
              <TableHeaderCell scope="row" id={nameId}>
                <RouteLink to={`/apps/${encodeURIComponent(app.slug)}`}>{app.name}</RouteLink>
              </TableHeaderCell>
              <TableCell>{app.vendor.name}</TableCell>
              <TableCell>
                <StatusBadge status={isOffered ? 'success' : 'neutral'}>
                  {isOffered ? m.offered : m.notOffered}
                </StatusBadge>
              </TableCell>
              <TableCell>{isOffered && launches !== undefined ? m.usageValue(launches) : '–'}</TableCell>
              <TableCell>{asked !== undefined ? m.requestsValue(asked) : '–'}</TableCell>
              <TableCell>
                <Button
                  aria-describedby={nameId}
                  disabled={busySlug === app.slug}
                  onClick={() => (isOffered ? onStop(app) : onOffer(app))}
                >
                  {isOffered ? m.stop : m.offer}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
