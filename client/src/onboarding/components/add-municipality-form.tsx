import { type FormEvent, useState } from 'react';
import { useMessages } from '../../identity/use-messages.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { onboardMunicipality, type RegisterMunicipality } from '../api.ts';
import { onboardingMessages } from '../messages.ts';

/** A platform admin puts a municipality of the CBS list on the platform. */
export function AddMunicipalityForm({
  register,
  onDone,
}: {
  register: RegisterMunicipality[];
  onDone: (ok: boolean, text: string) => void;
}) {
  const m = useMessages(onboardingMessages);
  const available = register.filter((entry) => !entry.onboarded);
  const [code, setCode] = useState(available[0]?.code ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entry = available.find((x) => x.code === code);
    if (!entry) return;
    setBusy(true);
    try {
      await onboardMunicipality(entry.code);
      onDone(true, m.municipality.done(entry.name));
    } catch {
      onDone(false, m.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-municipality">
      <Heading level={2} id="add-municipality">
        {m.municipality.heading}
      </Heading>
      <Paragraph>{m.municipality.text}</Paragraph>
      <form className="ic-onboarding-form" onSubmit={submit}>
        <SelectField
          id="municipality-code"
          label={m.municipality.label}
          value={code}
          options={available.map((x) => ({ value: x.code, label: `${x.name} (${x.code}, ${x.province})` }))}
          onValueChange={setCode}
        />
        <Button type="submit" appearance="primary-action" disabled={busy || !code}>
          {m.municipality.button}
        </Button>
      </form>
    </section>
  );
}
