import { Fieldset } from '../../ui/form/fieldset.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { bindText } from '../draft-form/bind.ts';
import type { LoginMethod, SigningAlg } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';
import { DraftLaunchAuthFields } from './draft-launch-auth-fields.tsx';

const ALGS: SigningAlg[] = ['RS256', 'ES256'];
const METHODS: LoginMethod[] = ['GET', 'POST'];

/** The launch registration (DESIGN.md "Launch"): part of the reviewed version. */
export function DraftLaunchFields({
  form,
  m,
  isLive = false,
}: {
  form: DraftFormApi;
  m: FormMessages;
  isLive?: boolean;
}) {
  const alg = form.field('launch.idTokenSignedResponseAlg');
  const method = form.field('launch.initiateLoginMethod');
  return (
    <Fieldset
      id="sectie-inloggen"
      legend={m.launch.legend}
      description={isLive ? `${m.launch.hint} ${m.reviewedField}` : m.launch.hint}
      className="ic-form-section"
    >
      <TextField
        label={m.launch.initiateLoginUri}
        description={m.launch.urlHint}
        required
        type="url"
        inputMode="url"
        {...bindText(form, 'launch.initiateLoginUri', 'initiateLoginUri')}
      />
      <SelectField
        id={method.id}
        label={m.launch.method}
        description={m.launch.methodHint}
        error={method.error}
        onBlur={method.onBlur}
        value={form.values.initiateLoginMethod}
        options={METHODS.map((value) => ({ value, label: m.launch.methods[value] }))}
        onValueChange={(value) =>
          form.change('launch.initiateLoginMethod', (values) => ({ ...values, initiateLoginMethod: value }))
        }
      />
      <TextField
        label={m.launch.redirectUris}
        description={`${m.launch.redirectUrisHint} ${m.launch.urlHint}`}
        required
        rows={3}
        {...bindText(form, 'launch.redirectUris', 'redirectUris')}
      />
      <SelectField
        id={alg.id}
        label={m.launch.alg}
        error={alg.error}
        onBlur={alg.onBlur}
        value={form.values.idTokenSignedResponseAlg}
        options={ALGS.map((value) => ({ value, label: m.launch.algs[value] }))}
        onValueChange={(value) =>
          form.change('launch.idTokenSignedResponseAlg', (values) => ({
            ...values,
            idTokenSignedResponseAlg: value,
          }))
        }
      />
      <DraftLaunchAuthFields form={form} m={m} />
    </Fieldset>
  );
}
