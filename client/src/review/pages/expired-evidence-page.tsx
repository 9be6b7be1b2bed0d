import { z } from 'zod';
import { OutOfDateAppSchema } from '../../../../shared/schemas/evidence.ts';
import { evidenceWords } from '../../catalog/components/evidence-words.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { requestJson } from '../../lib/api-problem.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { ReviewNav } from '../components/review-nav.tsx';

const messages = {
  nl: {
    title: 'Verlopen bewijs',
    intro:
      'Bij deze apps is bewijs verlopen, zoals een pentest of certificaat. Het oordeel over dat criterium is dus verouderd. De app blijft in de catalogus: jij beslist wat er moet gebeuren. Je kunt de app opschorten of de aanbieder vragen om nieuw bewijs.',
    caption: 'Apps met verlopen bewijs',
    app: 'App',
    evidence: 'Verlopen bewijs',
    status: 'Status app',
    empty: 'Er is geen verlopen bewijs.',
    expiredOn: (kind: string, date: string) => `${kind}, verlopen op ${date}`,
    live: 'In de catalogus',
    suspended: 'Opgeschort',
  },
  en: {
    title: 'Expired evidence',
    intro:
      'These apps have expired evidence, such as a penetration test or certificate. The verdict on that criterion is out of date. The app stays in the catalog: you decide what happens. You can suspend the app or ask the vendor for new evidence.',
    caption: 'Apps with expired evidence',
    app: 'App',
    evidence: 'Expired evidence',
    status: 'App status',
    empty: 'There is no expired evidence.',
    expiredOn: (kind: string, date: string) => `${kind}, expired on ${date}`,
    live: 'In the catalog',
    suspended: 'Suspended',
  },
};

const QueueSchema = z.object({ items: z.array(OutOfDateAppSchema) });

/** `/beoordelen/verlopen-bewijs`: the queue of apps whose verdict is out of date (issue 12). */
export function ExpiredEvidencePage() {
  const m = useMessages(messages);
  const w = useMessages(evidenceWords);
  const { locale } = useLocale();
  usePageTitle(m.title);
  const queue = useResource(
    'expired-evidence',
    async (signal) => (await requestJson('GET', '/api/v1/expired-evidence', QueueSchema, { signal })).items,
  );
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <ReviewNav />
      <Paragraph>{m.intro}</Paragraph>
      {queue.state.status === 'loading' && <Loading />}
      {queue.state.status === 'error' && <LoadError error={queue.state.error} onRetry={queue.reload} />}
      {queue.state.status === 'ready' &&
        (queue.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <Table caption={m.caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.app}</TableHeaderCell>
                <TableHeaderCell>{m.evidence}</TableHeaderCell>
                <TableHeaderCell>{m.status}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.state.data.map((app) => (
                <TableRow key={app.listingId}>
                  <TableHeaderCell scope="row">
                    {app.status === 'live' ? (
                      <RouteLink to={`/apps/${app.slug}`}>{app.name}</RouteLink>
                    ) : (
                      app.name
                    )}
                  </TableHeaderCell>
                  <TableCell>
                    {app.expired
                      .map((e) => m.expiredOn(w.kind[e.kind], formatDate(e.validUntil, locale)))
                      .join('; ')}
                  </TableCell>
                  <TableCell>{app.status === 'live' ? m.live : m.suspended}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}
