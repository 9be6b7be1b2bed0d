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
import { fetchSuspensions, type SuspendedApp } from '../api.ts';
import { ReinstateForm } from '../components/reinstate-form.tsx';
import { ReviewNav } from '../components/review-nav.tsx';
import { SuspendForm } from '../components/suspend-form.tsx';
import { reviewMessages } from '../messages.ts';

/** `/beoordelen/opgeschort`: suspend a live app at once, and reinstate suspended ones. */
export function SuspensionsPage() {
  const m = useMessages(reviewMessages).suspensions;
  usePageTitle(m.title);
  const suspensions = useResource('suspensions', fetchSuspensions);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Reinstating opens a form that asks why, then confirms (issue 11 item 9).
  const [reinstating, setReinstating] = useState<SuspendedApp | null>(null);

  const done = (app: SuspendedApp, outcome: 'reinstated' | 'gone' | 'failed', detail?: string) => {
    setReinstating(null);
    if (outcome === 'reinstated') setNotice({ type: 'ok', text: m.reinstated(app.name) });
    else setNotice({ type: 'error', text: detail && outcome === 'gone' ? detail : m.reinstateFailed });
    suspensions.reload();
    document.getElementById('opgeschort-titel')?.focus();
  };

  return (
    <>
      <Heading level={1} id="opgeschort-titel" tabIndex={-1}>
        {m.title}
      </Heading>
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
            busySlug={null}
            onReinstate={(a) => {
              setNotice(null);
              setReinstating(a);
            }}
          />
        ))}
      {reinstating && (
        <ReinstateForm
          key={reinstating.slug}
          app={reinstating}
          onDone={(outcome, detail) => done(reinstating, outcome, detail)}
          onCancel={() => setReinstating(null)}
        />
      )}
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
