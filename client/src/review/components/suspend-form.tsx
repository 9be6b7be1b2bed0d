import { type FormEvent, useState } from 'react';
import { SlugSchema } from '../../../../shared/schemas/common.ts';
import { SuspensionSchema } from '../../../../shared/schemas/review.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
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

/** Suspends a live app by its slug, at once and with a reason (DESIGN.md "Review workflow"). */
export function SuspendForm({ onSuspended }: { onSuspended: () => void }) {
  const m = useMessages(reviewMessages).suspensions;
  const [slug, setSlug] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const validate = (next: { slug: string; reason: string }): Errors => ({
    ...(SlugSchema.safeParse(next.slug.trim()).success ? {} : { slug: m.slugInvalid }),
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
    setBusy(true);
    try {
      await suspendApp(slug.trim(), reason.trim());
      setNotice({ type: 'ok', text: m.suspended(slug.trim()) });
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
        <TextField
          id={SLUG_ID}
          label={m.slug}
          description={m.slugHint}
          required
          value={slug}
          error={errors.slug}
          onValueChange={(value) => {
            setSlug(value);
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
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {m.suspend}
        </Button>
      </form>
    </section>
  );
}
