import { useId } from 'react';
import type { DemoPersona } from '../../../../shared/schemas/session.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../../ui/unordered-list.tsx';
import { signInMessages } from '../sign-in-messages.ts';
import { useMessages } from '../use-messages.ts';
import { useRoleWords } from '../use-role-words.ts';

interface PersonaCardProps {
  persona: DemoPersona;
  busy: boolean;
  disabled: boolean;
  onSignIn: () => void;
}

export function PersonaCard({ persona, busy, disabled, onSignIn }: PersonaCardProps) {
  const m = useMessages(signInMessages);
  const localized = useLocalized();
  const roleWords = useRoleWords();
  const rolesId = useId();
  return (
    <article className="ic-persona">
      <Heading level={3}>{persona.displayName}</Heading>
      <Paragraph>{localized(persona.summary)}</Paragraph>
      <Paragraph id={rolesId} className="ic-persona__roles-label">
        {m.rolesLabel}:
      </Paragraph>
      <UnorderedList aria-labelledby={rolesId}>
        {persona.roles.map((role) => (
          <ListItem key={JSON.stringify(role)}>{roleWords(role)}</ListItem>
        ))}
      </UnorderedList>
      <Button
        appearance="primary-action"
        onClick={onSignIn}
        disabled={disabled}
        aria-busy={busy || undefined}
      >
        {busy ? m.busy : m.button(persona.displayName)}
      </Button>
    </article>
  );
}
