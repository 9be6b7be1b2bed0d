import { type FormEvent, useState } from 'react';
import type { Objection } from '../../../../shared/schemas/objection.ts';
import { PublicReasonSchema } from '../../../../shared/schemas/register.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { ReviewNav } from '../../review/components/review-nav.tsx';
import { Button } from '../../ui/button.tsx';
import { RadioGroup } from '../../ui/form/radio-group.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { ExternalLink, RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { claimObjection, extendObjection, fetchObjections, voteOnObjection } from '../api.ts';
import { PublicReasonFields } from '../components/public-reason-fields.tsx';
import { registerMessages } from '../messages.ts';

/** `/beoordelen/bezwaren`: open objections; take one, and decide it with a second reviewer. */
export function ObjectionsPage() {
  const m = useMessages(registerMessages).handling;
  usePageTitle(m.title);
  const objections = useResource('objections', (signal) => fetchObjections({ status: 'open' }, signal));
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <ReviewNav />
      <Paragraph>{m.intro}</Paragraph>
      {objections.state.status === 'loading' && <Loading />}
      {objections.state.status === 'error' && (
        <LoadError error={objections.state.error} onRetry={objections.reload} />
      )}
      {objections.state.status === 'ready' &&
        (objections.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          objections.state.data.map((o) => (
            <ObjectionCard key={o.id} objection={o} onChange={objections.reload} />
          ))
        ))}
    </>
  );
}

function ObjectionCard({ objection: o, onChange }: { objection: Objection; onChange: () => void }) {
  const all = useMessages(registerMessages);
  const m = all.handling;
  const { locale } = useLocale();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, ok?: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      if (ok) setNotice({ type: 'ok', text: ok });
      onChange();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    } finally {
      setBusy(false);
    }
  };
  const headingId = `bezwaar-${o.id}`;
  return (
    <section className="ic-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {`${o.app.name}: ${all.kinds[o.decisionKind]}`}
      </Heading>
      <Paragraph>
        {m.received}: {formatDate(o.receivedAt, locale)}. {m.due}: {formatDate(o.decisionDue, locale)}
        {o.overdue ? ` (${m.overdue})` : ''}. {m.handlers}: {o.handlerCount} / 2.
      </Paragraph>
      <Paragraph>
        <RouteLink to={`/besluiten/${o.decisionId}`}>{all.objection.viewDecision}</RouteLink>
      </Paragraph>
      <Heading level={3}>{m.grounds}</Heading>
      <Paragraph>{o.grounds}</Paragraph>
      {o.documents.length > 0 && (
        <ul>
          {o.documents.map((d) => (
            <li key={d.url}>
              <ExternalLink href={d.url}>{d.title}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <NoticeRegion notice={notice} />
      {o.youMayHandle && (
        <Button
          disabled={busy}
          onClick={() => void run(() => claimObjection(o.id))}
          aria-describedby={headingId}
        >
          {m.claim}
        </Button>
      )}
      {!o.youHandle && !o.youMayHandle && o.handlerCount < 2 && <Paragraph>{m.notAllowed}</Paragraph>}
      {o.youHandle && (
        <>
          {o.yourVote && (
            <Paragraph>
              {m.voted(o.yourVote === 'upheld' ? all.objection.upheld : all.objection.notUpheld)}
            </Paragraph>
          )}
          <VoteForm objection={o} onVoted={onChange} />
          {!o.extension && (
            <ExtendForm
              onExtend={(reason) => run(() => extendObjection(o.id, reason), m.extended)}
              busy={busy}
              id={o.id}
            />
          )}
        </>
      )}
    </section>
  );
}

function VoteForm({ objection: o, onVoted }: { objection: Objection; onVoted: () => void }) {
  const all = useMessages(registerMessages);
  const m = all.handling;
  const [outcome, setOutcome] = useState<'upheld' | 'not-upheld' | null>(o.yourVote);
  const [reason, setReason] = useState({ nl: '', en: '' });
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!outcome || !PublicReasonSchema.safeParse(reason).success) {
      setError(m.reasonInvalid);
      return;
    }
    setError(undefined);
    try {
      await voteOnObjection(o.id, { outcome, publicReason: reason });
      onVoted();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    }
  };
  return (
    <form className="utrecht-form" noValidate onSubmit={submit}>
      <RadioGroup<'upheld' | 'not-upheld'>
        id={`uitkomst-${o.id}`}
        name={`uitkomst-${o.id}`}
        legend={m.outcome}
        value={outcome}
        onValueChange={setOutcome}
        options={[
          { value: 'upheld', label: m.upheld },
          { value: 'not-upheld', label: m.notUpheld },
        ]}
      />
      <PublicReasonFields
        id={`reden-${o.id}`}
        value={reason}
        onChange={setReason}
        error={error}
        heading={`${outcome === 'not-upheld' ? all.kinds['objection-not-upheld'] : all.kinds['objection-upheld']}: ${o.app.name}`}
      />
      <NoticeRegion notice={notice} />
      <Button type="submit" appearance="primary-action">
        {m.vote}
      </Button>
    </form>
  );
}

function ExtendForm({
  id,
  busy,
  onExtend,
}: {
  id: string;
  busy: boolean;
  onExtend: (reason: string) => Promise<void>;
}) {
  const m = useMessages(registerMessages).handling;
  const [reason, setReason] = useState('');
  return (
    <form
      className="utrecht-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim().length >= 10) void onExtend(reason.trim());
      }}
    >
      <TextField
        id={`verlengen-${id}`}
        label={m.extendReason}
        rows={2}
        value={reason}
        onValueChange={setReason}
      />
      <Button type="submit" disabled={busy}>
        {m.extend}
      </Button>
    </form>
  );
}
