import type { AppSummary } from '../../../../shared/schemas/catalog.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { adminMessages } from '../messages.ts';

interface OffersTableProps {
  apps: AppSummary[];
  offered: ReadonlySet<string>;
  busySlug: string | null;
  onToggle: (app: AppSummary) => void;
}

/**
 * A toggle button per app. Its name stays "Aanbieden" and aria-pressed carries the state: a
 * toggle whose label also flips would be read as "Niet meer aanbieden, pressed" (ARIA APG).
 */
export function OffersTable({ apps, offered, busySlug, onToggle }: OffersTableProps) {
  const m = useMessages(adminMessages).offers;
  return (
    <>
      <Paragraph id="aanbieden-uitleg" className="ic-meta">
        {m.toggleHint}
      </Paragraph>
      <Table caption={m.caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{m.app}</TableHeaderCell>
            <TableHeaderCell>{m.vendor}</TableHeaderCell>
            <TableHeaderCell>{m.status}</TableHeaderCell>
            <TableHeaderCell>{m.action}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {apps.map((app) => {
            const isOffered = offered.has(app.slug);
            const nameId = `app-${app.slug}`;
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
                <TableCell>
                  <Button
                    aria-pressed={isOffered}
                    aria-describedby={`${nameId} aanbieden-uitleg`}
                    disabled={busySlug === app.slug}
                    onClick={() => onToggle(app)}
                    className={isOffered ? 'utrecht-button--pressed' : undefined}
                  >
                    {m.offer}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
