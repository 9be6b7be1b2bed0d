import { useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { DataList } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchDecision } from '../api.ts';
import { registerMessages } from '../messages.ts';

/** `/besluiten/:decisionId`: one decision at a stable URL, with its reason and outcome per criterion. */
export function DecisionPage() {
  const m = useMessages(registerMessages);
  const { locale } = useLocale();
  const { decisionId = '' } = useParams();
  const decision = useResource(decisionId, (signal) => fetchDecision(decisionId, signal));
  const d = decision.state.status === 'ready' ? decision.state.data : null;
  usePageTitle(d ? m.detail.title(m.kinds[d.kind], d.app.name) : m.list.title);

  return (
    <>
      <Paragraph>
        <RouteLink to="/besluiten">{m.detail.back}</RouteLink>
      </Paragraph>
      {decision.state.status === 'loading' && <Loading />}
      {decision.state.status === 'error' && (
        <LoadError error={decision.state.error} onRetry={decision.reload} />
      )}
      {d && (
        <article>
          <Heading level={1}>{m.detail.title(m.kinds[d.kind], d.app.name)}</Heading>
          <section aria-labelledby="besluit-gegevens">
            <Heading level={2} id="besluit-gegevens">
              {m.detail.facts}
            </Heading>
            <DataList
              items={[
                { key: 'app', label: m.detail.app, value: d.app.name },
                { key: 'vendor', label: m.detail.vendor, value: d.app.vendor },
                {
                  key: 'date',
                  label: m.detail.date,
                  value: <time dateTime={d.at}>{formatDate(d.at, locale)}</time>,
                },
                ...(d.version ? [{ key: 'version', label: m.detail.version, value: String(d.version) }] : []),
                ...(d.objectionDeadline
                  ? [
                      {
                        key: 'objection',
                        label: m.detail.objectionUntil,
                        value: (
                          <time dateTime={d.objectionDeadline}>
                            {formatDate(d.objectionDeadline, locale)}
                          </time>
                        ),
                      },
                    ]
                  : []),
                ...(d.relatedDecisionId
                  ? [
                      {
                        key: 'related',
                        label: m.detail.related,
                        value: (
                          <RouteLink to={`/besluiten/${d.relatedDecisionId}`}>
                            {m.detail.relatedLink}
                          </RouteLink>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
          <section aria-labelledby="besluit-reden">
            <Heading level={2} id="besluit-reden">
              {m.detail.reason}
            </Heading>
            <Paragraph lang="nl">{d.reason.nl}</Paragraph>
            {d.reason.en && (
              <>
                <Heading level={3}>{m.detail.reasonEn}</Heading>
                <Paragraph lang="en">{d.reason.en}</Paragraph>
              </>
            )}
          </section>
          {d.criteria.length > 0 && (
            <section aria-labelledby="besluit-eisen">
              <Heading level={2} id="besluit-eisen">
                {m.detail.criteria}
              </Heading>
              <Table caption={m.detail.criteria}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{m.detail.criterion}</TableHeaderCell>
                    <TableHeaderCell>{m.detail.outcome}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {d.criteria.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{c.title[locale]}</TableCell>
                      <TableCell>{m.outcomes[c.outcome]}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          )}
        </article>
      )}
    </>
  );
}
