import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  HISTORY_KINDS,
  type HistoryEntry,
  type HistoryKind,
  ReviewHistoryQuerySchema,
} from '../../../../shared/schemas/review-history.ts';
import { fetchLiveApps } from '../../admin/api.ts';
import { Pagination } from '../../catalog/components/pagination.tsx';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchReviewHistory } from '../api.ts';
import { ReviewNav } from '../components/review-nav.tsx';
import { historyMessages } from '../history-messages.ts';

const KEYS = ['app', 'reviewer', 'kind', 'from', 'to'] as const;
type Filters = Record<(typeof KEYS)[number], string>;
const PAGE_SIZE = 20;
const fieldId = (key: string) => `besluiten-${key}`;

/** `/beoordelen/besluiten`: every decision by reviewers, filtered and paged, from the audit trail. */
export function HistoryPage() {
  const m = useMessages(historyMessages);
  usePageTitle(m.title);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = new URLSearchParams(params);
  query.set('pageSize', String(PAGE_SIZE));
  const key = `review-history:${query.toString()}`;
  const history = useResource(key, (signal) => fetchReviewHistory(query, signal));

  const apply = (filters: Filters) => {
    const next = new URLSearchParams();
    for (const k of KEYS) if (filters[k]) next.set(k, filters[k]);
    setParams(next);
  };
  const hrefFor = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `/beoordelen/besluiten?${next}`;
  };
  const data = history.state.status === 'ready' ? history.state.data : null;

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <ReviewNav />
      <Paragraph>{m.intro}</Paragraph>
      <FilterForm
        key={params.toString()}
        initial={Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters}
        reviewers={data?.reviewers ?? []}
        onApply={apply}
      />
      {history.state.status === 'loading' && <Loading />}
      {history.state.status === 'error' && <LoadError error={history.state.error} onRetry={history.reload} />}
      {data &&
        (data.items.length === 0 ? (
          <Paragraph>{m.none}</Paragraph>
        ) : (
          <>
            <HistoryTable items={data.items} total={data.total} />
            <Pagination page={page} pageCount={Math.ceil(data.total / PAGE_SIZE)} hrefFor={hrefFor} />
          </>
        ))}
    </>
  );
}

function FilterForm({
  initial,
  reviewers,
  onApply,
}: {
  initial: Filters;
  reviewers: { id: string; name: string }[];
  onApply: (filters: Filters) => void;
}) {
  const m = useMessages(historyMessages);
  const apps = useResource('live-apps', fetchLiveApps);
  const [filters, setFilters] = useState(initial);
  const [errors, setErrors] = useState<Partial<Filters>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (k: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [k]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ReviewHistoryQuerySchema.safeParse(
      Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    );
    const found: Partial<Filters> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = issue.path[0];
        if (k === 'from' || k === 'to')
          found[k] = issue.message.includes('before') ? m.toBeforeFrom : m.dayInvalid;
      }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onApply(filters);
  };

  const appOptions = apps.state.status === 'ready' ? apps.state.data : [];
  const known = appOptions.some((a) => a.slug === filters.app);
  const summary = (['from', 'to'] as const).flatMap((k) =>
    errors[k] ? [{ targetId: fieldId(k), text: errors[k] ?? '' }] : [],
  );

  return (
    <section className="ic-section" aria-labelledby="besluiten-filters">
      <Heading level={2} id="besluiten-filters">
        {m.filters}
      </Heading>
      <form className="utrecht-form ic-history-filters" noValidate onSubmit={submit}>
        <ErrorSummary title={m.summaryTitle} errors={summary} focusKey={attempt} />
        <SelectField
          id={fieldId('app')}
          label={m.app}
          value={filters.app}
          options={[
            { value: '', label: m.allApps },
            ...(filters.app && !known ? [{ value: filters.app, label: filters.app }] : []),
            ...appOptions.map((a) => ({ value: a.slug, label: a.name })),
          ]}
          onValueChange={set('app')}
        />
        <SelectField
          id={fieldId('reviewer')}
          label={m.reviewer}
          value={filters.reviewer}
          options={[
            { value: '', label: m.allReviewers },
            ...(filters.reviewer && !reviewers.some((r) => r.id === filters.reviewer)
              ? [{ value: filters.reviewer, label: filters.reviewer }]
              : []),
            ...reviewers.map((r) => ({ value: r.id, label: r.name })),
          ]}
          onValueChange={set('reviewer')}
        />
        <SelectField<HistoryKind | ''>
          id={fieldId('kind')}
          label={m.kind}
          value={filters.kind as HistoryKind | ''}
          options={[
            { value: '', label: m.allKinds },
            ...HISTORY_KINDS.map((k) => ({ value: k, label: m.kinds[k] })),
          ]}
          onValueChange={set('kind')}
        />
        <TextField
          id={fieldId('from')}
          label={m.from}
          type="date"
          value={filters.from}
          error={errors.from}
          onValueChange={set('from')}
        />
        <TextField
          id={fieldId('to')}
          label={m.to}
          type="date"
          value={filters.to}
          error={errors.to}
          onValueChange={set('to')}
        />
        <div className="utrecht-button-group">
          <Button type="submit" appearance="primary-action">
            {m.apply}
          </Button>
          <Button
            onClick={() => {
              setFilters({ app: '', reviewer: '', kind: '', from: '', to: '' });
              onApply({ app: '', reviewer: '', kind: '', from: '', to: '' });
            }}
          >
            {m.reset}
          </Button>
        </div>
      </form>
    </section>
  );
}

function HistoryTable({ items, total }: { items: HistoryEntry[]; total: number }) {
  const m = useMessages(historyMessages);
  const { locale } = useLocale();
  return (
    <Table caption={m.caption(total)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.app}</TableHeaderCell>
          <TableHeaderCell>{m.when}</TableHeaderCell>
          <TableHeaderCell>{m.decision}</TableHeaderCell>
          <TableHeaderCell>{m.by}</TableHeaderCell>
          <TableHeaderCell>{m.reason}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((e) => (
          <TableRow key={e.id}>
            <TableHeaderCell scope="row">
              {e.app ? (
                e.version ? (
                  <RouteLink to={`/beoordelen/${encodeURIComponent(e.version.id)}`}>
                    {e.app.name}
                    {e.version.number !== null && `, ${m.version(e.version.number)}`}
                  </RouteLink>
                ) : (
                  e.app.name
                )
              ) : (
                m.removedApp
              )}
            </TableHeaderCell>
            <TableCell>
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
            </TableCell>
            <TableCell>
              {m.kinds[e.kind]}
              {e.final === false && ` ${m.firstOfTwo}`}
              {e.final === true && ` ${m.final}`}
            </TableCell>
            <TableCell>{e.reviewer.name}</TableCell>
            <TableCell>{e.reason ?? m.noReason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
