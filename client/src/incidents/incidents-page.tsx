import { useLocale } from '../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../identity/components/load-error.tsx';
import { hasRole } from '../identity/roles.ts';
import { useSession } from '../identity/session-provider.tsx';
import { useMessages } from '../identity/use-messages.ts';
import { formatDateTime } from '../lib/format-date.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { useResource } from '../lib/use-resource.ts';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/table.tsx';
import { fetchIncidents } from './api.ts';
import { incidentMessages } from './messages.ts';
import { ReportIncidentForm } from './report-form.tsx';

/** `/incidenten`: incidents staff and vendors may see; reviewers and admins report one here. */
export function IncidentsPage() {
  const m = useMessages(incidentMessages);
  const { locale } = useLocale();
  usePageTitle(m.list.title);
  const { session } = useSession();
  const userId = session?.user?.id ?? '';
  const list = useResource(`incidents:${userId}`, fetchIncidents);
  const roles = session?.roles ?? [];
  const mayReport = hasRole(roles, 'reviewer') || hasRole(roles, 'municipality-admin');
  return (
    <>
      <Heading level={1}>{m.list.title}</Heading>
      <Paragraph lead>{m.list.intro}</Paragraph>
      {list.state.status === 'loading' && <Loading />}
      {list.state.status === 'error' && <LoadError error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'ready' &&
        (list.state.data.length === 0 ? (
          <Paragraph>{m.list.empty}</Paragraph>
        ) : (
          <Table caption={m.list.caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.list.app}</TableHeaderCell>
                <TableHeaderCell>{m.list.severity}</TableHeaderCell>
                <TableHeaderCell>{m.list.status}</TableHeaderCell>
                <TableHeaderCell>{m.list.reported}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.state.data.map((incident) => (
                <TableRow key={incident.id}>
                  <TableHeaderCell scope="row">
                    <RouteLink to={`/incidenten/${incident.id}`}>{incident.appName}</RouteLink>
                  </TableHeaderCell>
                  <TableCell>{m.severity[incident.severity]}</TableCell>
                  <TableCell>{m.status[incident.status]}</TableCell>
                  <TableCell>{formatDateTime(incident.reportedAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
      {mayReport && <ReportIncidentForm onReported={list.reload} />}
    </>
  );
}
