import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../identity/use-messages.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { type ClientSecret, createClientSecret } from '../api.ts';
import { vendorMessages } from '../messages.ts';

/**
 * Makes a new client secret and shows it once. It lives only in this component's state: it is
 * never written to storage and is gone when the page is left (DESIGN.md "Launch").
 */
export function ClientSecretPanel({
  listingId,
  hasSecret,
  usesKeys = false,
}: {
  listingId: string;
  hasSecret: boolean;
  /** The draft authenticates with private_key_jwt: a secret is then not what the app uses. */
  usesKeys?: boolean;
}) {
  const m = useMessages(vendorMessages).secret;
  const [secret, setSecret] = useState<ClientSecret | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const shownRef = useRef<HTMLDivElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const wasShown = useRef(false);

  // Focus follows the secret: onto it when it appears, back to the button when it is put away.
  useEffect(() => {
    if (secret) shownRef.current?.focus();
    else if (wasShown.current) createRef.current?.focus();
    wasShown.current = secret !== null;
  }, [secret]);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    setCopied(false);
    try {
      setSecret(await createClientSecret(listingId));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.clientSecret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="ic-section" aria-labelledby="secret-titel">
      <Heading level={2} id="secret-titel">
        {m.heading}
      </Heading>
      <Paragraph>{usesKeys ? m.usesKeys : m.intro}</Paragraph>
      {(hasSecret || secret) && <Paragraph>{m.hasSecret}</Paragraph>}
      {secret ? (
        <div ref={shownRef} tabIndex={-1} className="ic-secret">
          <Alert type="warning">
            <Paragraph>
              <strong>{m.shownOnce}</strong>
            </Paragraph>
            <TextField
              id="client-secret"
              label={m.label}
              value={secret.clientSecret}
              onValueChange={() => {}}
              readOnly
            />
            <Paragraph>{m.copyHint}</Paragraph>
            <div className="utrecht-button-group">
              <Button onClick={() => void copy()}>{m.copy}</Button>
              <Button appearance="subtle" onClick={() => setSecret(null)}>
                {m.hide}
              </Button>
            </div>
            <p role="status" className="utrecht-paragraph">
              {copied ? m.copied : ''}
            </p>
          </Alert>
        </div>
      ) : (
        // A plain button: the ui Button does not pass a ref on, and focus must return here.
        <button
          ref={createRef}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void create()}
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {m.create}
        </button>
      )}
      {failed && (
        <div role="alert">
          <Alert type="error">
            <Paragraph>{m.failed}</Paragraph>
          </Alert>
        </div>
      )}
    </section>
  );
}
