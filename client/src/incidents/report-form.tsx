import { type FormEvent, useState } from 'react';
import type { IncidentSeverity } from '../../../shared/schemas/incident.ts';
import { useMessages } from '../identity/use-messages.ts';
import { isProblem } from '../lib/api-problem.ts';
import { Button } from '../ui/button.tsx';
import { SelectField } from '../ui/form/select-field.tsx';
import { TextField } from '../ui/form/text-field.tsx';
import { Heading } from '../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../ui/notice-region.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { reportIncident } from './api.ts';
import { incidentMessages } from './messages.ts';

const FIELDS = ['slug', 'since', 'whatNl', 'whatEn', 'dataNl', 'dataEn', 'adviceNl', 'adviceEn'] as const;
type Field = (typeof FIELDS)[number];
const today = () => new Date().toISOString().slice(0, 10);
const empty = (): Record<Field, string> => ({
  slug: '',
  since: today(),
  whatNl: '',
  whatEn: '',
  dataNl: '',
  dataEn: '',
  adviceNl: '',
  adviceEn: '',
});

/** Reviewers and admins of an offering municipality report an incident (issue 12 part 3). */
export function ReportIncidentForm({ onReported }: { onReported: () => void }) {
  const m = useMessages(incidentMessages).report;
  const s = useMessages(incidentMessages).severity;
  const [values, setValues] = useState(empty);
  const [severity, setSeverity] = useState<IncidentSeverity>('medium');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (FIELDS.some((f) => values[f].trim() === '')) {
      setNotice({ type: 'error', text: m.required });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      await reportIncident(values.slug.trim(), {
        severity,
        since: values.since,
        what: { nl: values.whatNl, en: values.whatEn },
        dataImpact: { nl: values.dataNl, en: values.dataEn },
        advice: { nl: values.adviceNl, en: values.adviceEn },
      });
      setNotice({ type: 'ok', text: m.done });
      setValues(empty());
      onReported();
    } catch (error) {
      const detail = isProblem(error)
        ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || error.detail
        : undefined;
      setNotice({ type: 'error', text: detail ? `${m.failed} ${detail}` : m.failed });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, rows?: number, type?: string) => (
    <TextField
      id={`incident-${name}`}
      label={m[name]}
      required
      rows={rows}
      type={type}
      value={values[name]}
      onValueChange={(value) => setValues((previous) => ({ ...previous, [name]: value }))}
    />
  );

  return (
    <section className="ic-section" aria-labelledby="incident-melden-titel">
      <Heading level={2} id="incident-melden-titel">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <TextField
          id="incident-slug"
          label={m.slug}
          description={m.slugHint}
          required
          value={values.slug}
          onValueChange={(value) => setValues((previous) => ({ ...previous, slug: value }))}
        />
        <SelectField
          id="incident-severity"
          label={m.severity}
          value={severity}
          options={(['low', 'medium', 'high'] as const).map((v) => ({ value: v, label: s[v] }))}
          onValueChange={setSeverity}
        />
        {field('since', undefined, 'date')}
        {field('whatNl', 3)}
        {field('whatEn', 3)}
        {field('dataNl', 2)}
        {field('dataEn', 2)}
        {field('adviceNl', 2)}
        {field('adviceEn', 2)}
        <NoticeRegion notice={notice} />
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {m.submit}
        </Button>
      </form>
    </section>
  );
}
