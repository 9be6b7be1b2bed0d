import { type FormEvent, useState } from 'react';
import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import { DecisionSchema, type ReviewDetail } from '../../../../shared/schemas/review.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { PublicReasonFields } from '../../register/components/public-reason-fields.tsx';
import { registerMessages } from '../../register/messages.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { RadioGroup } from '../../ui/form/radio-group.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { sendDecision } from '../api.ts';
import { fieldCommentMessages } from '../field-comment-messages.ts';
import { reviewMessages } from '../messages.ts';
import { explainRefusal } from '../refusal.ts';
import {
  type CommentRow,
  FieldCommentsFields,
  rowErrors,
  toFieldComments,
} from './field-comments-fields.tsx';

type Decision = 'approve' | 'request_changes' | 'reject';
const DECISIONS: Decision[] = ['approve', 'request_changes', 'reject'];

const DECISION_ID = 'besluit';
const COMMENT_ID = 'besluit-toelichting';
const PUBLIC_ID = 'besluit-openbaar';
/** Approvals and rejections are public decisions (issue 13); a request for changes is not. */
const isPublic = (d: Decision | null) => d === 'approve' || d === 'reject';

interface DecisionFormProps {
  detail: ReviewDetail;
  /** To name the required criteria that block an approval. */
  criteria: Criterion[];
  enabled: boolean;
  onDecided: (detail: ReviewDetail) => void;
  onConflict: (text: string) => void;
}

interface Errors {
  decision?: string;
  comment?: string;
  publicReason?: string;
}

/**
 * Approve, request changes or reject. DecisionSchema (shared with the server) decides whether
 * a comment is needed; the revision makes a decision on stale data a 409 instead of a win.
 */
export function DecisionForm({ detail, criteria, enabled, onDecided, onConflict }: DecisionFormProps) {
  const messages = useMessages(reviewMessages);
  const m = messages.decision;
  const { locale } = useLocale();
  const r = useMessages(registerMessages);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [publicReason, setPublicReason] = useState({ nl: '', en: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [rows, setRows] = useState<CommentRow[]>([]);
  const fm = useMessages(fieldCommentMessages);
  /** Comments per field go with a request for changes or a rejection (issue 11). */
  const withRows = decision === 'request_changes' || decision === 'reject';
  const rowProblems = attempt > 0 && withRows ? rowErrors(rows, fm) : new Map<string, string>();

  const validate = (next: { decision: Decision | null; comment: string }): Errors => {
    if (!next.decision) return { decision: m.chooseDecision };
    // A rejection needs a public reason; an approval may use the standard text.
    const reasonNeeded = next.decision === 'reject' || publicReason.nl.trim() !== '';
    const reasonError =
      isPublic(next.decision) && reasonNeeded && publicReason.nl.trim().length < 10
        ? { publicReason: r.handling.reasonInvalid }
        : {};
    const parsed = DecisionSchema.safeParse({
      decision: next.decision,
      comment: next.comment,
      revision: detail.revision,
    });
    if (parsed.success) return reasonError;
    const issue = parsed.error.issues.find((i) => i.path[0] === 'comment');
    if (!issue) return { decision: m.chooseDecision };
    return { ...reasonError, comment: issue.code === 'too_big' ? m.tooLong : m.commentRequired };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!enabled || busy) return;
    const found = validate({ decision, comment });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    setSent(false);
    const commentsSent = decision === 'request_changes' || decision === 'reject' ? rows : [];
    if (!decision || found.decision || found.comment || found.publicReason) return;
    if (rowErrors(commentsSent, fm).size > 0) return;
    setBusy(true);
    try {
      const withReason = isPublic(decision) && publicReason.nl.trim() ? { publicReason } : {};
      const withComments = commentsSent.length > 0 ? { fieldComments: toFieldComments(commentsSent) } : {};
      onDecided(
        await sendDecision(detail.versionId, {
          decision,
          comment,
          revision: detail.revision,
          ...withReason,
          ...withComments,
        }),
      );
      setSent(true);
      setDecision(null);
      setRows([]);
      setComment('');
      setPublicReason({ nl: '', en: '' });
    } catch (error) {
      const refusal = explainRefusal(error, messages.refusals, locale, criteria);
      if (refusal?.reload) onConflict(refusal.text);
      else setFailure(refusal ? refusal.text : m.failed);
    } finally {
      setBusy(false);
    }
  };

  // Once shown, an error follows the input live, so it disappears as soon as it is fixed.
  const revalidate = (next: { decision: Decision | null; comment: string }) => {
    if (attempt > 0) setErrors(validate(next));
  };

  const summary = [
    ...(errors.decision ? [{ targetId: DECISION_ID, text: errors.decision }] : []),
    ...(errors.comment ? [{ targetId: COMMENT_ID, text: errors.comment }] : []),
    ...(errors.publicReason ? [{ targetId: `${PUBLIC_ID}-nl`, text: errors.publicReason }] : []),
    ...[...rowProblems].map(([targetId, text]) => ({ targetId, text })),
  ];

  return (
    <section className="ic-section" aria-labelledby="besluit-titel">
      <Heading level={2} id="besluit-titel">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <ErrorSummary title={m.summaryTitle} errors={summary} focusKey={attempt} />
        <RadioGroup<Decision>
          id={DECISION_ID}
          name="besluit"
          legend={m.legend}
          options={DECISIONS.map((value) => ({ value, label: m.options[value] }))}
          value={decision}
          error={errors.decision}
          disabled={!enabled}
          onValueChange={(value) => {
            setDecision(value);
            revalidate({ decision: value, comment });
          }}
        />
        <TextField
          id={COMMENT_ID}
          label={m.comment}
          description={m.commentHint}
          rows={4}
          value={comment}
          error={errors.comment}
          readOnly={!enabled}
          required={decision === 'request_changes' || decision === 'reject'}
          onValueChange={(value) => {
            setComment(value);
            revalidate({ decision, comment: value });
          }}
        />
        {withRows && enabled && (
          <FieldCommentsFields
            rows={rows}
            onChange={setRows}
            errors={rowProblems}
            content={detail.content}
            criteria={criteria}
          />
        )}
        {isPublic(decision) && enabled && (
          <PublicReasonFields
            id={PUBLIC_ID}
            value={publicReason}
            onChange={setPublicReason}
            error={errors.publicReason}
            heading={`${decision === 'reject' ? r.kinds.rejection : r.kinds.approval}: ${detail.name}`}
          />
        )}
        <div role={failure ? 'alert' : 'status'}>
          {failure && (
            <Alert type="error">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
          {sent && (
            <Alert type="ok">
              <Paragraph>{m.sent}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit" appearance="primary-action" disabled={!enabled || busy}>
          {m.submit}
        </Button>
      </form>
    </section>
  );
}
