import { type FormEvent, useEffect, useState } from 'react';
import { ReinstatementSchema } from '../../../../shared/schemas/review.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { PublicReasonFields } from '../../register/components/public-reason-fields.tsx';
import { registerMessages } from '../../register/messages.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { reinstateApp, type SuspendedApp } from '../api.ts';
import { reinstateMessages } from '../reinstate-messages.ts';

const REASON_ID = 'terugzetten-reden';
const PUBLIC_ID = 'terugzetten-openbaar';

interface Errors {
  reason?: string;
  publicReason?: string;
}

/**
 * Reinstating asks why (internal, required) and, optionally, what the public register says; the
 * standard text is shown so the reviewer knows what appears without one. Then a confirmation.
 */
export function ReinstateForm({
  app,
  onDone,
  onCancel,
}: {
  app: SuspendedApp;
  onDone: (outcome: 'reinstated' | 'gone' | 'failed', detail?: string) => void;
  onCancel: () => void;
}) {
  const m = useMessages(reinstateMessages);
  const r = useMessages(registerMessages);
  const [reason, setReason] = useState('');
  const [publicReason, setPublicReason] = useState({ nl: '', en: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The form opens below the table: take the reader there.
  useEffect(() => document.getElementById('terugzetten-titel')?.focus(), []);

  const body = () => ({
    reason: reason.trim(),
    ...(publicReason.nl.trim()
      ? { publicReason: { nl: publicReason.nl.trim(), en: publicReason.en.trim() } }
      : {}),
  });
  const validate = (): Errors => {
    const parsed = ReinstatementSchema.safeParse(body());
    if (parsed.success) return {};
    const found: Errors = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'reason') found.reason = m.reasonInvalid;
      else found.publicReason = m.publicInvalid;
    }
    return found;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!found.reason && !found.publicReason) setConfirming(true);
  };

  const confirm = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await reinstateApp(app.slug, body());
      onDone('reinstated');
    } catch (error) {
      if (isProblem(error, 409) || isProblem(error, 404)) onDone('gone', m.notSuspended);
      else onDone('failed', isProblem(error) ? error.detail : undefined);
    } finally {
      setBusy(false);
    }
  };

  const summary = [
    ...(errors.reason ? [{ targetId: REASON_ID, text: errors.reason }] : []),
    ...(errors.publicReason ? [{ targetId: `${PUBLIC_ID}-nl`, text: errors.publicReason }] : []),
  ];

  return (
    <section className="ic-section" aria-labelledby="terugzetten-titel">
      <Heading level={2} id="terugzetten-titel" tabIndex={-1}>
        {m.heading(app.name)}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <ErrorSummary title={m.summaryTitle} errors={summary} focusKey={attempt} />
        <TextField
          id={REASON_ID}
          label={m.reason}
          description={m.reasonHint}
          required
          rows={3}
          value={reason}
          error={errors.reason}
          onValueChange={setReason}
        />
        <Heading level={3}>{m.publicHeading}</Heading>
        <Paragraph>{m.publicIntro}</Paragraph>
        <blockquote className="ic-standard-text">
          <Paragraph lang="nl">{m.standardText}</Paragraph>
        </blockquote>
        <PublicReasonFields
          id={PUBLIC_ID}
          value={publicReason}
          onChange={setPublicReason}
          error={errors.publicReason}
          heading={`${r.kinds.reinstatement}: ${app.name}`}
        />
        {confirming ? (
          <Alert type="warning" role="alert">
            <Paragraph>{m.confirm(app.name)}</Paragraph>
            <div className="utrecht-button-group">
              <Button appearance="primary-action" onClick={() => void confirm()}>
                {m.confirmYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{m.confirmNo}</Button>
            </div>
          </Alert>
        ) : (
          <div className="utrecht-button-group">
            <Button type="submit" appearance="primary-action" disabled={busy}>
              {m.submit}
            </Button>
            <Button onClick={onCancel} disabled={busy}>
              {m.cancel}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
