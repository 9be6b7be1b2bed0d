import { type FormEvent, useCallback, useState } from 'react';
import type { ClaimId } from '../../../../shared/claims.ts';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import type { Consent } from '../../../../shared/schemas/launch.ts';
import { leavePageFor } from '../../lib/leave-page.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ButtonLink } from '../../ui/button-link.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { saveConsent } from '../api.ts';
import { openApp } from '../submit-launch.ts';
import { useBackRestore } from '../use-back-restore.ts';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';
import { ClaimCheckbox } from './claim-checkbox.tsx';
import { type FailedStep, LaunchErrorAlert } from './launch-error-alert.tsx';

type SubmitState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'error'; step: FailedStep; error: unknown };

const IDLE: SubmitState = { status: 'idle' };

/** Optional claims start unchecked (privacy by default), unless a current consent chose them. */
function initialChoice(app: AppDetail, consent: Consent | undefined): Set<ClaimId> {
  const chosen = consent?.current ? consent.claims : [];
  return new Set(app.claims.filter((c) => c.required || chosen.includes(c.claim)).map((c) => c.claim));
}

/**
 * The resident's choice of what the app may receive, then: save it and open the app, or, inside
 * the app's own sign-in, go back to that (`returnTo`, a platform path).
 */
export function ConsentForm({
  app,
  consent,
  returnTo,
}: {
  app: AppDetail;
  consent: Consent | undefined;
  returnTo?: string | undefined;
}) {
  const m = useLaunchPageMessages();
  const [chosen, setChosen] = useState(() => initialChoice(app, consent));
  const [state, setState] = useState<SubmitState>(IDLE);
  useBackRestore(useCallback(() => setState(IDLE), []));

  const toggle = (claim: ClaimId, checked: boolean) => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(claim);
      else next.delete(claim);
      return next;
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.status === 'busy') return;
    setState({ status: 'busy' });
    // In the app's own order, and required claims always: the server refuses a consent without them.
    const claims = app.claims.filter((c) => c.required || chosen.has(c.claim)).map((c) => c.claim);
    try {
      await saveConsent(app.slug, claims);
    } catch (error) {
      setState({ status: 'error', step: 'save', error });
      return;
    }
    if (returnTo) {
      leavePageFor(returnTo);
      return;
    }
    try {
      await openApp(app.slug);
    } catch (error) {
      setState({ status: 'error', step: 'launch', error });
    }
  };

  const busy = state.status === 'busy';
  return (
    <>
      {consent && !consent.current && (
        <Alert type="warning">
          <Paragraph>{m.panel.consentChanged}</Paragraph>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {app.claims.length > 0 ? (
          <Fieldset
            id="gegevens"
            legend={m.consent.legend(app.name)}
            description={
              // Only say some data is needed when some is (issue 11 item 13).
              app.claims.some((c) => c.required) ? m.consent.legendHelp : m.consent.legendHelpAllOptional
            }
          >
            <div className="ic-claims">
              {app.claims.map((request) => (
                <ClaimCheckbox
                  key={request.claim}
                  request={request}
                  checked={chosen.has(request.claim)}
                  onCheckedChange={(checked) => toggle(request.claim, checked)}
                />
              ))}
            </div>
          </Fieldset>
        ) : (
          <Paragraph>{m.consent.noClaims(app.name)}</Paragraph>
        )}
        {state.status === 'error' && (
          <LaunchErrorAlert
            error={state.error}
            step={state.step}
            slug={app.slug}
            saved={state.step === 'launch'}
          />
        )}
        <div className="utrecht-button-group">
          <Button type="submit" appearance="primary-action" disabled={busy}>
            {busy ? m.consent.busy : m.consent.submit}
          </Button>
          {returnTo ? (
            // Inside an app's own sign-in: the app hears that the resident did not agree.
            <ButtonLink to={`${returnTo}/abort`} reloadDocument>
              {m.consent.cancel}
            </ButtonLink>
          ) : (
            <ButtonLink to={`/apps/${encodeURIComponent(app.slug)}`}>{m.consent.cancel}</ButtonLink>
          )}
        </div>
      </form>
    </>
  );
}
