import { Fieldset } from '../../ui/form/fieldset.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { bindText } from '../draft-form/bind.ts';
import type { AccessibilityStatus } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

const STATUSES: AccessibilityStatus[] = ['A', 'B', 'C', 'D', 'E'];

export function DraftStatementFields({ form, m }: { form: DraftFormApi; m: FormMessages }) {
  const status = form.field('accessibility.status');
  return (
    <Fieldset id="sectie-verklaringen" legend={m.statements.legend} className="ic-form-section">
      <TextField
        label={m.statements.privacy}
        description={m.about.urlHint}
        required
        type="url"
        inputMode="url"
        {...bindText(form, 'privacyStatementUrl', 'privacyStatementUrl')}
      />
      <TextField
        label={m.statements.accessibility}
        description={m.about.urlHint}
        required
        type="url"
        inputMode="url"
        {...bindText(form, 'accessibility.statementUrl', 'accessibilityStatementUrl')}
      />
      <SelectField
        id={status.id}
        label={m.statements.status}
        description={m.statements.statusHint}
        error={status.error}
        onBlur={status.onBlur}
        value={form.values.accessibilityStatus}
        options={STATUSES.map((value) => ({ value, label: m.statements.statuses[value] }))}
        onValueChange={(value) =>
          form.change('accessibility.status', (values) => ({ ...values, accessibilityStatus: value }))
        }
      />
    </Fieldset>
  );
}
