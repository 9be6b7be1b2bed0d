import { type FormEvent, useState } from 'react';
import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import type { ReviewDetail, Verdict } from '../../../../shared/schemas/review.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { Button } from '../../ui/button.tsx';
import { RadioGroup } from '../../ui/form/radio-group.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { saveAssessment } from '../api.ts';
import { groupCriteria } from '../criteria-groups.ts';
import { reviewMessages } from '../messages.ts';
import { explainRefusal } from '../refusal.ts';

type Entry = { verdict: Verdict | null; note: string };
type Entries = Record<string, Entry>;

const VERDICTS: Verdict[] = ['pass', 'fail', 'not_applicable'];

interface AssessmentFormProps {
  detail: ReviewDetail;
  criteria: Criterion[];
  /** The signed-in reviewer's id, to start from their saved assessment. */
  reviewerId: string;
  /** False until the reviewer has claimed the version. */
  enabled: boolean;
  onSaved: (detail: ReviewDetail) => void;
  onConflict: (text: string) => void;
}

function initialEntries(detail: ReviewDetail, criteria: Criterion[], reviewerId: string): Entries {
  const mine = detail.assessments.find((a) => a.reviewerId === reviewerId)?.criteria ?? {};
  return Object.fromEntries(
    criteria.map((c) => [c.id, { verdict: mine[c.id]?.verdict ?? null, note: mine[c.id]?.note ?? '' }]),
  );
}

/** One radio group per criterion (catalog/criteria), grouped as the catalogue groups them. */
export function AssessmentForm({
  detail,
  criteria,
  reviewerId,
  enabled,
  onSaved,
  onConflict,
}: AssessmentFormProps) {
  const { assessment: m, refusals } = useMessages(reviewMessages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const [entries, setEntries] = useState(() => initialEntries(detail, criteria, reviewerId));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const set = (id: string, patch: Partial<Entry>) =>
    setEntries((current) => ({ ...current, [id]: { verdict: null, note: '', ...current[id], ...patch } }));
  const open = criteria.filter((c) => !entries[c.id]?.verdict).length;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!enabled || busy) return;
    setBusy(true);
    setNotice(null);
    // Only criteria with a verdict are sent: the schema needs one per entry, and a half-done
    // assessment may be saved and finished later.
    const body = Object.fromEntries(
      Object.entries(entries).flatMap(([id, e]) =>
        e.verdict ? [[id, { verdict: e.verdict, note: e.note }]] : [],
      ),
    );
    try {
      onSaved(await saveAssessment(detail.versionId, { criteria: body }));
      setNotice({ type: 'ok', text: m.saved });
    } catch (error) {
      const refusal = explainRefusal(error, refusals, locale);
      if (refusal?.reload) onConflict(refusal.text);
      else setNotice({ type: 'error', text: refusal ? refusal.text : m.saveFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ic-section" aria-labelledby="beoordeling-titel">
      <Heading level={2} id="beoordeling-titel">
        {m.heading}
      </Heading>
      <Paragraph>{enabled ? m.intro : m.mustClaim}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        {groupCriteria(criteria).map(({ group, criteria: inGroup }) => (
          <fieldset
            key={group}
            className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset ic-form-section"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {m.groups[group]}
            </legend>
            {inGroup.map((criterion) => {
              const title = localized(criterion.title);
              const entry = entries[criterion.id] ?? { verdict: null, note: '' };
              return (
                <div key={criterion.id} className="ic-criterion">
                  <RadioGroup<Verdict>
                    id={`criterium-${criterion.id}`}
                    name={`criterium-${criterion.id}`}
                    legend={criterion.required ? `${title} ${m.required}` : title}
                    description={localized(criterion.description)}
                    options={VERDICTS.map((value) => ({ value, label: m.verdicts[value] }))}
                    value={entry.verdict}
                    onValueChange={(verdict) => set(criterion.id, { verdict })}
                    disabled={!enabled}
                  />
                  <TextField
                    id={`criterium-${criterion.id}-toelichting`}
                    label={m.note(title)}
                    rows={2}
                    value={entry.note}
                    readOnly={!enabled}
                    onValueChange={(note) => set(criterion.id, { note })}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        {open > 0 && <Paragraph>{m.open(open)}</Paragraph>}
        <NoticeRegion notice={notice} />
        <Button type="submit" appearance="primary-action" disabled={!enabled || busy}>
          {m.save}
        </Button>
      </form>
    </section>
  );
}
