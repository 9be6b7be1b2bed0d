import { type FormEvent, useState } from 'react';
import { ObjectionDocumentSchema, ObjectionInputSchema } from '../../../../shared/schemas/objection.ts';
import type { PublicDecision } from '../../../../shared/schemas/register.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchDecisions, fetchObjections, fileObjection } from '../api.ts';
import { registerMessages } from '../messages.ts';

/**
 * On the vendor's listing page: the public decisions about the app, and for a rejection or
 * suspension an objection button with its six-week deadline (issue 13 part 2).
 */
export function DecisionsAndObjections({ slug }: { slug: string }) {
  const m = useMessages(registerMessages);
  const data = useResource(`decisions-objections:${slug}`, async (signal) => {
    const [decisions, objections] = await Promise.all([
      fetchDecisions({ app: slug, pageSize: 50 }, signal),
      fetchObjections({}, signal),
    ]);
    return { decisions: decisions.items, objections: objections.filter((o) => o.app.slug === slug) };
  });
  return (
    <section className="ic-section" aria-labelledby="besluiten-bezwaar">
      <Heading level={2} id="besluiten-bezwaar">
        {m.objection.heading}
      </Heading>
      <Paragraph>{m.objection.intro}</Paragraph>
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'error' && <LoadError error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' &&
        (data.state.data.decisions.length === 0 ? (
          <Paragraph>{m.objection.none}</Paragraph>
        ) : (
          <ul className="ic-decision-list">
            {data.state.data.decisions.map((d) => (
              <li key={d.id}>
                <DecisionItem
                  decision={d}
                  objection={
                    data.state.status === 'ready'
                      ? data.state.data.objections.find((o) => o.decisionId === d.id)
                      : undefined
                  }
                  onFiled={data.reload}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function DecisionItem({
  decision: d,
  objection,
  onFiled,
}: {
  decision: PublicDecision;
  objection: { status: string; decisionDue: string; outcome: string | null } | undefined;
  onFiled: () => void;
}) {
  const m = useMessages(registerMessages);
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const objectable = d.objectionDeadline !== null;
  const stillOpen = objectable && Date.parse(d.objectionDeadline ?? '') > Date.now();
  return (
    <>
      <Paragraph>
        <strong>{m.kinds[d.kind]}</strong> (<time dateTime={d.at}>{formatDate(d.at, locale)}</time>).{' '}
        <RouteLink to={`/besluiten/${d.id}`}>{m.objection.viewDecision}</RouteLink>
      </Paragraph>
      <NoticeRegion notice={notice} />
      {objection ? (
        <Paragraph>
          {objection.outcome
            ? m.objection.decided(objection.outcome === 'upheld' ? m.objection.upheld : m.objection.notUpheld)
            : m.objection.status(formatDate(objection.decisionDue, locale))}
        </Paragraph>
      ) : objectable && stillOpen ? (
        <>
          <Paragraph>{m.objection.deadline(formatDate(d.objectionDeadline ?? '', locale))}</Paragraph>
          {open ? (
            <ObjectionForm
              decision={d}
              onCancel={() => setOpen(false)}
              onFiled={() => {
                setOpen(false);
                setNotice({ type: 'ok', text: m.objection.filed });
                onFiled();
              }}
            />
          ) : (
            <Button onClick={() => setOpen(true)}>{m.objection.object}</Button>
          )}
        </>
      ) : objectable ? (
        <Paragraph>{m.objection.closed}</Paragraph>
      ) : null}
    </>
  );
}

function ObjectionForm({
  decision,
  onFiled,
  onCancel,
}: {
  decision: PublicDecision;
  onFiled: () => void;
  onCancel: () => void;
}) {
  const m = useMessages(registerMessages);
  const [grounds, setGrounds] = useState('');
  const [docTitle, setDocTitle] = useState('');
  const [docUrl, setDocUrl] = useState('');
  const [errors, setErrors] = useState<{ grounds?: string; docUrl?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const ids = {
    grounds: `bezwaar-gronden-${decision.id}`,
    title: `bezwaar-doc-${decision.id}`,
    url: `bezwaar-url-${decision.id}`,
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const documents = docUrl.trim() ? [{ title: docTitle.trim() || docUrl.trim(), url: docUrl.trim() }] : [];
    const found = {
      ...(ObjectionInputSchema.shape.grounds.safeParse(grounds).success
        ? {}
        : { grounds: m.objection.groundsInvalid }),
      ...(documents.every((doc) => ObjectionDocumentSchema.safeParse(doc).success)
        ? {}
        : { docUrl: m.objection.docUrlInvalid }),
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.grounds || found.docUrl) return;
    setBusy(true);
    try {
      await fileObjection(decision.id, { grounds: grounds.trim(), documents });
      onFiled();
    } catch {
      setNotice({ type: 'error', text: m.objection.failed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="utrecht-form"
      noValidate
      onSubmit={submit}
      aria-label={m.objection.objectFor(m.kinds[decision.kind])}
    >
      <ErrorSummary
        title={m.objection.summaryTitle}
        errors={[
          ...(errors.grounds ? [{ targetId: ids.grounds, text: errors.grounds }] : []),
          ...(errors.docUrl ? [{ targetId: ids.url, text: errors.docUrl }] : []),
        ]}
        focusKey={attempt}
      />
      <TextField
        id={ids.grounds}
        label={m.objection.grounds}
        description={m.objection.groundsHint}
        required
        rows={5}
        value={grounds}
        error={errors.grounds}
        onValueChange={setGrounds}
      />
      <TextField id={ids.title} label={m.objection.docTitle} value={docTitle} onValueChange={setDocTitle} />
      <TextField
        id={ids.url}
        label={m.objection.docUrl}
        type="url"
        inputMode="url"
        value={docUrl}
        error={errors.docUrl}
        onValueChange={setDocUrl}
      />
      <NoticeRegion notice={notice} />
      <Button type="submit" appearance="primary-action" disabled={busy}>
        {m.objection.submit}
      </Button>{' '}
      <Button type="button" onClick={onCancel}>
        {m.objection.cancel}
      </Button>
    </form>
  );
}
