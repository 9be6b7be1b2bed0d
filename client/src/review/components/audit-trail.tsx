import { useState } from 'react';
import type { AuditEvent } from '../../../../shared/schemas/audit.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { type AuditPage, fetchAudit } from '../api.ts';
import { type ReviewMessages, reviewMessages } from '../messages.ts';

interface AuditTrailProps {
  /** A listing id or a municipality code (GET /api/v1/audit?subject=). */
  subject: string;
  heading: string;
  caption: string;
  /** The heading level where it is placed; a page of its own has the title as h1 already. */
  level?: 2 | 3;
  /** Changes when something was done on the page, so new events show without a reload. */
  refreshKey?: string | number;
}

/** The append-only audit events of one subject, newest page first as the API sends them. */
export function AuditTrail({ subject, heading, caption, level = 2, refreshKey = '' }: AuditTrailProps) {
  const [page, setPage] = useState(1);
  const audit = useResource(`audit:${subject}:${page}:${refreshKey}`, (signal) =>
    fetchAudit(subject, page, signal),
  );
  return (
    <section className="ic-section" aria-label={heading}>
      <Heading level={level}>{heading}</Heading>
      {audit.state.status === 'loading' && <Loading />}
      {audit.state.status === 'error' && <LoadError error={audit.state.error} onRetry={audit.reload} />}
      {audit.state.status === 'ready' && (
        <AuditTable data={audit.state.data} caption={caption} onPage={setPage} />
      )}
    </section>
  );
}

function AuditTable({
  data,
  caption,
  onPage,
}: {
  data: AuditPage;
  caption: string;
  onPage: (page: number) => void;
}) {
  const m = useMessages(reviewMessages).audit;
  const { locale } = useLocale();
  if (data.items.length === 0) return <Paragraph>{m.empty}</Paragraph>;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <>
      <Table caption={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{m.when}</TableHeaderCell>
            <TableHeaderCell>{m.who}</TableHeaderCell>
            <TableHeaderCell>{m.what}</TableHeaderCell>
            <TableHeaderCell>{m.why}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.items.map((event) => (
            <TableRow key={event.id}>
              <TableCell>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </TableCell>
              <TableCell>{event.actor.name}</TableCell>
              <TableCell>{describeEvent(event, m)}</TableCell>
              <TableCell>{event.reason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 && (
        <nav className="ic-pagination" aria-label={caption}>
          <Paragraph>{m.page(data.page, pages)}</Paragraph>
          <div className="utrecht-button-group">
            <Button onClick={() => onPage(data.page - 1)} disabled={data.page <= 1}>
              {m.previous}
            </Button>
            <Button onClick={() => onPage(data.page + 1)} disabled={data.page >= pages}>
              {m.next}
            </Button>
          </div>
        </nav>
      )}
    </>
  );
}

/**
 * An event in words, with what it was about: the app a municipality offered, the version a
 * reviewer decided on (issue 11 item 12). An unknown action keeps its code, so nothing is hidden.
 */
function describeEvent(event: AuditEvent, m: ReviewMessages['audit']): string {
  const label = m.actions[event.action] ?? event.action;
  const details = event.details as Record<string, unknown>;
  const about =
    typeof details.name === 'string'
      ? details.name
      : typeof details.slug === 'string'
        ? details.slug
        : typeof details.number === 'number'
          ? m.versionNumber(details.number)
          : null;
  return about ? `${label}: ${about}` : label;
}
