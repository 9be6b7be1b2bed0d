import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { SuspensionSchema } from '../../../../shared/schemas/review.ts';
import { fetchLiveApps } from '../../admin/api.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { suspendApp } from '../api.ts';
import { reviewMessages } from '../messages.ts';

const SLUG_ID = 'opschorten-slug';
const REASON_ID = 'opschorten-reden';

interface Errors {
  slug?: string;
  reason?: string;
}

/**
 * Suspends a live app, at once and with a reason (DESIGN.md "Review workflow"). The app is picked
 * by name from the live apps (typing a slug was error-prone, issue 11 item 9), can be preselected
 * with `?app=<slug>` from a review page, and suspending asks for confirmation first.
 */
export function SuspendForm({ onSuspended }: { onSuspended: () => void }) {
  const m = useMessages(reviewMessages).suspensions;
  const [params] = useSearchParams();
  const apps = useResource('live-apps', fetchLiveApps);
  const liveApps = apps.state.status === 'ready' ? apps.state.data : [];
  const wanted = params.get('app') ?? '';
  const [slug, setSlug] = useState(wanted);
  // `?app=` may arrive after the first render (a link from an app page): it still picks the app.
  useEffect(() => {
    if (wanted) setSlug(wanted);
  }, [wanted]);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const validate = (next: { slug: string; reason: string }): Errors => ({
    ...(next.slug ? {} : { slug: m.chooseApp }),
    ...(SuspensionSchema.safeParse({ reason: next.reason }).success ? {} : { reason: m.reasonInvalid }),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validate({ slug, reason });
    setErrors(found);
    setAttempt((n) => n + 1);
    setNotice(null);
    if (found.slug || found.reason) return;
    setConfirming(true);
  };

  const name = liveApps.find((app) => app.slug === slug)?.name ?? slug;

  const confirm = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await suspendApp(slug.trim(), reason.trim());
      setNotice({ type: 'ok', text: m.suspended(name) });
      setSlug('');
      setReason('');
      setAttempt(0);
      onSuspended();
    } catch (error) {
      const text = isProblem(error, 404)
        ? m.notFound
        : isProblem(error) && error.detail
          ? `${m.suspendFailed} ${error.detail}`
          : m.suspendFailed;
      setNotice({ type: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...(errors.slug ? [{ targetId: SLUG_ID, text: errors.slug }] : []),
    ...(errors.reason ? [{ targetId: REASON_ID, text: errors.reason }] : []),
  ];

  return (
    <section className="ic-section" aria-labelledby="opschorten-titel">
      <Heading level={2} id="opschorten-titel">
        {m.suspendHeading}
      </Heading>
      <Paragraph>{m.suspendIntro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <ErrorSummary title={m.summaryTitle} errors={summary} focusKey={attempt} />
        <SelectField
          id={SLUG_ID}
          label={m.app}
          value={slug}
          options={[
            { value: '', label: m.chooseApp },
            ...liveApps.map((app) => ({ value: app.slug, label: `${app.name} (${app.vendor.name})` })),
          ]}
          error={errors.slug}
          onValueChange={(value) => {
            setSlug(value);
            setConfirming(false);
            if (attempt > 0) setErrors(validate({ slug: value, reason }));
          }}
        />
        <TextField
          id={REASON_ID}
          label={m.reasonLabel}
          description={m.reasonHint}
          required
          rows={3}
          value={reason}
          error={errors.reason}
          onValueChange={(value) => {
            setReason(value);
            if (attempt > 0) setErrors(validate({ slug, reason: value }));
          }}
        />
        <NoticeRegion notice={notice} />
        {confirming ? (
          <Alert type="warning">
            <Paragraph>{m.confirm(name)}</Paragraph>
            <div className="utrecht-button-group">
              <Button appearance="primary-action" onClick={() => void confirm()}>
                {m.confirmYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{m.confirmNo}</Button>
            </div>
          </Alert>
        ) : (
          <Button type="submit" appearance="primary-action" disabled={busy}>
            {m.suspend}
          </Button>
        )}
      </form>
    </section>
  );
}
