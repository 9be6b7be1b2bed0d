import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchObjections } from '../api.ts';
import { registerMessages } from '../messages.ts';

/** `/platform/bezwaren`: objections past their decision term, for platform admins. */
export function OverduePage() {
  const all = useMessages(registerMessages);
  const m = all.handling;
  const { locale } = useLocale();
  usePageTitle(m.overdueTitle);
  const overdue = useResource('overdue', (signal) => fetchObjections({ overdue: 'true' }, signal));
  return (
    <>
      <Heading level={1}>{m.overdueTitle}</Heading>
      <Paragraph>{m.overdueIntro}</Paragraph>
      {overdue.state.status === 'loading' && <Loading />}
      {overdue.state.status === 'error' && <LoadError error={overdue.state.error} onRetry={overdue.reload} />}
      {overdue.state.status === 'ready' &&
        (overdue.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <Table caption={m.overdueTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.app}</TableHeaderCell>
                <TableHeaderCell>{m.against}</TableHeaderCell>
                <TableHeaderCell>{m.received}</TableHeaderCell>
                <TableHeaderCell>{m.due}</TableHeaderCell>
                <TableHeaderCell>{m.handlers}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overdue.state.data.map((o) => (
                <TableRow key={o.id}>
                  <TableHeaderCell scope="row">{o.app.name}</TableHeaderCell>
                  <TableCell>
                    <RouteLink to={`/besluiten/${o.decisionId}`}>{all.kinds[o.decisionKind]}</RouteLink>
                  </TableCell>
                  <TableCell>{formatDate(o.receivedAt, locale)}</TableCell>
                  <TableCell>{formatDate(o.decisionDue, locale)}</TableCell>
                  <TableCell>{o.handlerCount} / 2</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}
