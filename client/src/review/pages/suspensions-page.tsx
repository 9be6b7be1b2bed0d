import { useState } from 'react';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchSuspensions, reinstateApp, type SuspendedApp } from '../api.ts';
import { ReviewNav } from '../components/review-nav.tsx';
import { SuspendForm } from '../components/suspend-form.tsx';
import { reviewMessages } from '../messages.ts';

/** `/beoordelen/opgeschort`: suspend a live app at once, and reinstate suspended ones. */
export function SuspensionsPage() {
  const m = useMessages(reviewMessages).suspensions;
  usePageTitle(m.title);
  const suspensions = useResource('suspensions', fetchSuspensions);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busySlug, setBusySlug] = useState<string | null>(null);

  const reinstate = async (app: SuspendedApp) => {
    setBusySlug(app.slug);
    setNotice(null);
    try {
      await reinstateApp(app.slug);
      setNotice({ type: 'ok', text: m.reinstated(app.name) });
      suspensions.reload();
    } catch {
      setNotice({ type: 'error', text: m.reinstateFailed });
    } finally {
      setBusySlug(null);
    }
  };

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <ReviewNav />
      <Paragraph>{m.intro}</Paragraph>
      <NoticeRegion notice={notice} />
      {suspensions.state.status === 'loading' && <Loading />}
      {suspensions.state.status === 'error' && (
        <LoadError error={suspensions.state.error} onRetry={suspensions.reload} />
      )}
      {suspensions.state.status === 'ready' &&
        (suspensions.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <SuspendedTable
            apps={suspensions.state.data}
            busySlug={busySlug}
            onReinstate={(a) => void reinstate(a)}
          />
        ))}
      <SuspendForm onSuspended={suspensions.reload} />
    </>
  );
}

interface SuspendedTableProps {
  apps: SuspendedApp[];
  busySlug: string | null;
  onReinstate: (app: SuspendedApp) => void;
}

function SuspendedTable({ apps, busySlug, onReinstate }: SuspendedTableProps) {
  const m = useMessages(reviewMessages).suspensions;
  const { locale } = useLocale();
  return (
    <Table caption={m.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.app}</TableHeaderCell>
          <TableHeaderCell>{m.reason}</TableHeaderCell>
          <TableHeaderCell>{m.since}</TableHeaderCell>
          <TableHeaderCell>{m.action}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apps.map((app) => (
          <TableRow key={app.slug}>
            <TableHeaderCell scope="row" id={`opgeschort-${app.slug}`}>
              {app.name}
            </TableHeaderCell>
            <TableCell>{app.reason}</TableCell>
            <TableCell>
              <time dateTime={app.at}>{formatDateTime(app.at, locale)}</time>
            </TableCell>
            <TableCell>
              <Button
                onClick={() => onReinstate(app)}
                disabled={busySlug !== null}
                aria-describedby={`opgeschort-${app.slug}`}
              >
                {m.reinstate}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
