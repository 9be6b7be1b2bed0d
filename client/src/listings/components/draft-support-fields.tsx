import { Fieldset } from '../../ui/form/fieldset.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { bindText } from '../draft-form/bind.ts';
import type { CostModel } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

const COST_MODELS: CostModel[] = ['free', 'paid-by-municipality', 'freemium', 'paid'];

interface SectionProps {
  form: DraftFormApi;
  m: FormMessages;
}

export function DraftSupportFields({ form, m }: SectionProps) {
  const optional = (label: string) => `${label} ${m.optional}`;
  return (
    <Fieldset id="sectie-hulp" legend={m.support.legend} className="ic-form-section">
      <TextField
        label={m.support.languages}
        description={m.support.languagesHint}
        required
        {...bindText(form, 'languages', 'languages')}
      />
      <TextField
        label={m.support.email}
        required
        type="email"
        autoComplete="email"
        inputMode="email"
        {...bindText(form, 'support.email', 'supportEmail')}
      />
      <TextField
        label={optional(m.support.phone)}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        {...bindText(form, 'support.phone', 'supportPhone')}
      />
      <TextField
        label={optional(m.support.url)}
        description={m.about.urlHint}
        type="url"
        inputMode="url"
        {...bindText(form, 'support.url', 'supportUrl')}
      />
      <TextField
        label={optional(m.support.hoursNl)}
        description={m.support.hoursHint}
        {...bindText(form, 'support.hours.nl', 'supportHoursNl')}
      />
      <TextField
        label={optional(m.support.hoursEn)}
        {...bindText(form, 'support.hours.en', 'supportHoursEn')}
      />
    </Fieldset>
  );
}

export function DraftCostFields({ form, m }: SectionProps) {
  const model = form.field('cost.model');
  return (
    <Fieldset id="sectie-kosten" legend={m.cost.legend} className="ic-form-section">
      <SelectField
        id={model.id}
        label={m.cost.model}
        error={model.error}
        onBlur={model.onBlur}
        value={form.values.costModel}
        options={COST_MODELS.map((value) => ({ value, label: m.cost.models[value] }))}
        onValueChange={(value) => form.change('cost.model', (values) => ({ ...values, costModel: value }))}
      />
      <TextField
        label={`${m.cost.noteNl} ${m.optional}`}
        description={m.cost.noteHint}
        rows={2}
        {...bindText(form, 'cost.note.nl', 'costNoteNl')}
      />
      <TextField
        label={`${m.cost.noteEn} ${m.optional}`}
        rows={2}
        {...bindText(form, 'cost.note.en', 'costNoteEn')}
      />
    </Fieldset>
  );
}
