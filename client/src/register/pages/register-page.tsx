import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DECISION_KINDS, DecisionListQuerySchema } from '../../../../shared/schemas/register.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { ExternalLink, RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchDecisions } from '../api.ts';
import { registerMessages } from '../messages.ts';

const PAGE_SIZE = 20;
type KindValue = (typeof DECISION_KINDS)[number] | '';

/** `/besluiten`: the public register of decisions, newest first, with filters and a feed. */
export function RegisterPage() {
  const m = useMessages(registerMessages);
  const { locale } = useLocale();
  usePageTitle(m.list.title);
  const [params, setParams] = useSearchParams();
  const raw = {
    app: params.get('app') ?? '',
    kind: (params.get('kind') ?? '') as KindValue,
    month: params.get('month') ?? '',
    page: params.get('page') ?? '1',
  };
  const parsed = DecisionListQuerySchema.safeParse({
    ...(raw.app ? { app: raw.app } : {}),
    ...(raw.kind ? { kind: raw.kind } : {}),
    ...(raw.month ? { month: raw.month } : {}),
    page: raw.page,
    pageSize: PAGE_SIZE,
  });
  const decisions = useResource(params.toString(), (signal) =>
    parsed.success ? fetchDecisions(parsed.data, signal) : Promise.reject(new Error('invalid filter')),
  );
  const [form, setForm] = useState(raw);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.app.trim()) next.set('app', form.app.trim());
    if (form.kind) next.set('kind', form.kind);
    if (form.month.trim()) next.set('month', form.month.trim());
    setParams(next);
  };
  const goTo = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    setParams(next);
  };

  return (
    <>
      <Heading level={1}>{m.list.title}</Heading>
      <Paragraph>{m.list.intro}</Paragraph>
      <ul className="ic-register-links">
        <li>
          <ExternalLink href="/besluiten/feed.atom" type="application/atom+xml">
            {m.list.feed}
          </ExternalLink>
        </li>
        <li>
          <ExternalLink href="/api/v1/decisions">{m.list.openData}</ExternalLink>
        </li>
      </ul>
      <form className="utrecht-form ic-register-filters" aria-label={m.list.filters} onSubmit={submit}>
        <TextField
          id="besluiten-app"
          label={m.list.app}
          description={m.list.appHint}
          value={form.app}
          onValueChange={(app) => setForm({ ...form, app })}
        />
        <SelectField<KindValue>
          id="besluiten-soort"
          label={m.list.kind}
          value={form.kind}
          options={[
            { value: '', label: m.list.allKinds },
            ...DECISION_KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] })),
          ]}
          onValueChange={(kind) => setForm({ ...form, kind })}
        />
        <TextField
          id="besluiten-maand"
          label={m.list.month}
          description={m.list.monthHint}
          value={form.month}
          onValueChange={(month) => setForm({ ...form, month })}
        />
        <Button type="submit">{m.list.show}</Button>
      </form>
      {!parsed.success && (
        <Alert type="warning">
          <Paragraph>{m.list.invalid}</Paragraph>
        </Alert>
      )}
      {parsed.success && decisions.state.status === 'loading' && <Loading />}
      {parsed.success && decisions.state.status === 'error' && (
        <LoadError error={decisions.state.error} onRetry={decisions.reload} />
      )}
      {decisions.state.status === 'ready' &&
        (decisions.state.data.items.length === 0 ? (
          <Paragraph>{m.list.empty}</Paragraph>
        ) : (
          <>
            <Table caption={m.list.caption(decisions.state.data.total)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{m.list.date}</TableHeaderCell>
                  <TableHeaderCell>{m.list.decision}</TableHeaderCell>
                  <TableHeaderCell>{m.detail.app}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {decisions.state.data.items.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>
                      <time dateTime={d.at}>{formatDate(d.at, locale)}</time>
                    </TableCell>
                    <TableCell>
                      <RouteLink to={`/besluiten/${d.id}`}>{m.kinds[d.kind]}</RouteLink>
                    </TableCell>
                    <TableCell>{d.app.name}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pager
              page={decisions.state.data.page}
              pages={Math.max(1, Math.ceil(decisions.state.data.total / PAGE_SIZE))}
              onGo={goTo}
            />
          </>
        ))}
    </>
  );
}

function Pager({ page, pages, onGo }: { page: number; pages: number; onGo: (page: number) => void }) {
  const m = useMessages(registerMessages).list;
  if (pages <= 1) return null;
  return (
    <nav aria-label={m.pageOf(page, pages)} className="ic-pager">
      <Paragraph>{m.pageOf(page, pages)}</Paragraph>
      {page > 1 && <Button onClick={() => onGo(page - 1)}>{m.previous}</Button>}
      {page < pages && <Button onClick={() => onGo(page + 1)}>{m.next}</Button>}
    </nav>
  );
}
