import { type FormEvent, useState } from 'react';
import type { Municipality } from '../../../../shared/schemas/municipality.ts';
import type { GrantedRole, OrganisationView } from '../../../../shared/schemas/onboarding.ts';
import type { Membership } from '../../../../shared/schemas/persona.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { invite } from '../api.ts';
import { onboardingMessages } from '../messages.ts';

/** What someone may invite to, as the server allows it (server/onboarding/authority.ts). */
function invitableRoles(roles: Membership[]): GrantedRole[] {
  if (roles.some((r) => r.role === 'platform-admin'))
    return ['municipality-admin', 'reviewer', 'vendor', 'platform-admin'];
  const own: GrantedRole[] = [];
  if (roles.some((r) => r.role === 'municipality-admin')) own.push('municipality-admin');
  if (roles.some((r) => r.role === 'vendor')) own.push('vendor');
  return own;
}

export function InviteForm({
  roles,
  municipalities,
  organisations,
  onDone,
}: {
  roles: Membership[];
  municipalities: Municipality[];
  organisations: OrganisationView[];
  onDone: (ok: boolean, text: string) => void;
}) {
  const m = useMessages(onboardingMessages);
  const platformAdmin = roles.some((r) => r.role === 'platform-admin');
  const own = new Set(
    roles.flatMap((r) => (r.role === 'municipality-admin' && r.municipality ? [r.municipality] : [])),
  );
  const myMunicipalities = platformAdmin ? municipalities : municipalities.filter((x) => own.has(x.code));
  const allowed = invitableRoles(roles);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GrantedRole>(allowed[0] ?? 'reviewer');
  const [municipality, setMunicipality] = useState(myMunicipalities[0]?.code ?? '');
  const [organisation, setOrganisation] = useState(organisations[0]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const created = await invite({
        email: email.trim(),
        role,
        ...(role === 'municipality-admin' ? { municipality: municipality || undefined } : {}),
        ...(role === 'vendor' ? { organisation: organisation || undefined } : {}),
      });
      setEmail('');
      onDone(true, m.invite.done(created.email));
    } catch (error) {
      if (isProblem(error, 400)) setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      else onDone(false, m.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite">
      <Heading level={2} id="invite">
        {m.invite.heading}
      </Heading>
      <form className="ic-onboarding-form" onSubmit={submit} noValidate>
        <TextField
          id="invite-email"
          type="email"
          label={m.invite.email}
          description={m.invite.emailHint}
          value={email}
          onValueChange={setEmail}
          error={errors.email}
          required
          autoComplete="off"
          inputMode="email"
        />
        <SelectField
          id="invite-role"
          label={m.invite.role}
          value={role}
          options={allowed.map((value) => ({ value, label: m.roles[value] }))}
          onValueChange={setRole}
          error={errors.role}
        />
        {role === 'municipality-admin' && (
          <SelectField
            id="invite-municipality"
            label={m.invite.municipality}
            value={municipality}
            options={myMunicipalities.map((x) => ({ value: x.code, label: x.name }))}
            onValueChange={setMunicipality}
            error={errors.municipality}
          />
        )}
        {role === 'vendor' && (
          <SelectField
            id="invite-organisation"
            label={m.invite.organisation}
            value={organisation}
            options={organisations.map((x) => ({ value: x.id, label: `${x.name} (KvK ${x.kvkNumber})` }))}
            onValueChange={setOrganisation}
            error={errors.organisation}
          />
        )}
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {m.invite.button}
        </Button>
      </form>
    </section>
  );
}
