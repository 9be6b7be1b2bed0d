import { RadioGroup } from '../../ui/form/radio-group.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { bindText } from '../draft-form/bind.ts';
import type { AuthMethod, KeySource, MinimumAssurance } from '../draft-form/form-values.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

const AUTH_METHODS: AuthMethod[] = ['private_key_jwt', 'client_secret_basic'];
const KEY_SOURCES: KeySource[] = ['jwks', 'jwksUri'];
const ASSURANCES: MinimumAssurance[] = ['', 'low', 'substantial', 'high'];

/**
 * How the app authenticates at the token endpoint, where its public keys are, and the lowest
 * sign-in level it needs (issue 15 part 4, issue 14): part of the launch registration, so part
 * of the reviewed version (decision 046).
 */
export function DraftLaunchAuthFields({ form, m }: { form: DraftFormApi; m: FormMessages }) {
  const { values } = form;
  const method = form.field('launch.tokenEndpointAuthMethod');
  const source = form.field('launch.keySource');
  const assurance = form.field('launch.minimumAssurance');
  return (
    <>
      <RadioGroup
        id={method.id}
        name="tokenEndpointAuthMethod"
        legend={m.launch.authLegend}
        description={m.launch.authHint}
        error={method.error}
        value={values.tokenEndpointAuthMethod}
        options={AUTH_METHODS.map((value) => ({ value, label: m.launch.authMethods[value] }))}
        onValueChange={(value) =>
          form.change('launch.tokenEndpointAuthMethod', (current) => ({
            ...current,
            tokenEndpointAuthMethod: value,
          }))
        }
      />
      {values.tokenEndpointAuthMethod === 'client_secret_basic' ? (
        <Paragraph>{m.launch.secretNote}</Paragraph>
      ) : (
        <>
          <RadioGroup
            id={source.id}
            name="keySource"
            legend={m.launch.keySourceLegend}
            value={values.keySource}
            options={KEY_SOURCES.map((value) => ({ value, label: m.launch.keySources[value] }))}
            onValueChange={(value) =>
              form.change('launch.keySource', (current) => ({ ...current, keySource: value }))
            }
          />
          {values.keySource === 'jwks' ? (
            <TextField
              label={m.launch.jwks}
              description={m.launch.jwksHint}
              required
              rows={8}
              {...bindText(form, 'launch.jwks', 'jwks')}
            />
          ) : (
            <TextField
              label={m.launch.jwksUri}
              description={m.launch.jwksUriHint}
              required
              type="url"
              inputMode="url"
              {...bindText(form, 'launch.jwksUri', 'jwksUri')}
            />
          )}
        </>
      )}
      <SelectField
        id={assurance.id}
        label={m.launch.assurance}
        description={m.launch.assuranceHint}
        error={assurance.error}
        onBlur={assurance.onBlur}
        value={values.minimumAssurance}
        options={ASSURANCES.map((value) => ({ value, label: m.launch.assurances[value] }))}
        onValueChange={(value) =>
          form.change('launch.minimumAssurance', (current) => ({ ...current, minimumAssurance: value }))
        }
      />
    </>
  );
}
