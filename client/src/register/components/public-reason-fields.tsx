import { useMessages } from '../../identity/use-messages.ts';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { registerMessages } from '../messages.ts';

export interface PublicReasonValue {
  nl: string;
  en: string;
}

/**
 * The public reason of a decision, apart from any internal note, with a preview of how the
 * register will show it (issue 13: reviewers see what the public sees before they decide).
 */
export function PublicReasonFields({
  id,
  value,
  onChange,
  error,
  heading,
}: {
  id: string;
  value: PublicReasonValue;
  onChange: (value: PublicReasonValue) => void;
  error?: string | undefined;
  heading: string;
}) {
  const m = useMessages(registerMessages).handling;
  return (
    <>
      <TextField
        id={`${id}-nl`}
        label={m.publicReason}
        required
        rows={3}
        value={value.nl}
        error={error}
        onValueChange={(nl) => onChange({ ...value, nl })}
      />
      <TextField
        id={`${id}-en`}
        label={m.publicReasonEn}
        rows={2}
        value={value.en}
        onValueChange={(en) => onChange({ ...value, en })}
      />
      {value.nl.trim() && (
        <section className="ic-preview" aria-labelledby={`${id}-preview`}>
          <Heading level={4} id={`${id}-preview`}>
            {m.preview}
          </Heading>
          <Paragraph>
            <strong>{heading}</strong>
          </Paragraph>
          <Paragraph lang="nl">{value.nl.trim()}</Paragraph>
          {value.en.trim() && <Paragraph lang="en">{value.en.trim()}</Paragraph>}
        </section>
      )}
    </>
  );
}
