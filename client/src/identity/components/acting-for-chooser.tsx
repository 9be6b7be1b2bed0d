import { useId, useState } from 'react';
import { FormField } from '../../ui/form-field.tsx';
import { Select } from '../../ui/select.tsx';
import { chooseActingFor } from '../api.ts';
import { identityMessages } from '../messages.ts';
import { useSession } from '../session-provider.tsx';
import { useMessages } from '../use-messages.ts';

/**
 * For someone in several municipalities or organisations: which one this session acts for
 * (issue 14, decision 027). The server keeps the choice with the session and applies it to every
 * request; the pages follow because the session's roles change. Like the municipality chooser
 * beside it, it applies when picked: it changes what the pages show, not where you are.
 */
export function ActingForChooser() {
  const m = useMessages(identityMessages).userMenu;
  const id = useId();
  const { session, refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const choices = session?.actingForChoices ?? [];
  if (choices.length < 2) return null;

  const current = session?.actingFor ? `${session.actingFor.kind}:${session.actingFor.id}` : '';
  const pick = async (value: string) => {
    const choice = choices.find((c) => `${c.kind}:${c.id}` === value) ?? null;
    setBusy(true);
    setFailed(false);
    try {
      await chooseActingFor(choice ? { kind: choice.kind, id: choice.id } : null);
      await refresh();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormField inputId={id} label={m.actingFor} className="ic-acting-for">
      <Select
        id={id}
        value={current}
        disabled={busy}
        aria-busy={busy || undefined}
        onChange={(event) => void pick(event.target.value)}
      >
        <option value="">{m.actingForAll}</option>
        {choices.map((choice) => (
          <option key={`${choice.kind}:${choice.id}`} value={`${choice.kind}:${choice.id}`}>
            {choice.kind === 'municipality' ? m.municipality(choice.name) : choice.name}
          </option>
        ))}
      </Select>
      {failed && (
        <span role="alert" className="ic-user-menu__error">
          {m.actingForFailed}
        </span>
      )}
    </FormField>
  );
}
