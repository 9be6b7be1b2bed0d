import { type FormEvent, useState } from 'react';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { registerOrganisation } from '../api.ts';
import { onboardingMessages } from '../messages.ts';

/** A platform admin registers (and so verifies) a vendor's organisation by name and KvK number. */
export function RegisterOrganisationForm({ onDone }: { onDone: (ok: boolean, text: string) => void }) {
  const m = useMessages(onboardingMessages);
  const [name, setName] = useState('');
  const [kvk, setKvk] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const created = await registerOrganisation(name.trim(), kvk.trim());
      setName('');
      setKvk('');
      onDone(true, m.organisation.done(created.name));
    } catch (error) {
      if (isProblem(error, 400)) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      } else onDone(false, isProblem(error, 409) ? m.organisation.exists : m.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="register-organisation">
      <Heading level={2} id="register-organisation">
        {m.organisation.heading}
      </Heading>
      <Paragraph>{m.organisation.text}</Paragraph>
      <form className="ic-onboarding-form" onSubmit={submit} noValidate>
        <TextField
          id="organisation-name"
          label={m.organisation.name}
          value={name}
          onValueChange={setName}
          error={errors.name}
          required
          autoComplete="organization"
        />
        <TextField
          id="organisation-kvk"
          label={m.organisation.kvk}
          description={m.organisation.kvkHint}
          value={kvk}
          onValueChange={setKvk}
          error={errors.kvkNumber}
          required
          inputMode="numeric"
          autoComplete="off"
        />
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {m.organisation.button}
        </Button>
      </form>
    </section>
  );
}
