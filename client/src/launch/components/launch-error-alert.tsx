import { useSession } from '../../identity/session-provider.tsx';
import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import type { LaunchMessages } from '../messages.ts';
import { useLaunchMessages } from '../use-launch-messages.ts';
import { SignInLink } from './sign-in-link.tsx';
import { StepUpNotice, stepUpLevel } from './step-up-notice.tsx';

export type FailedStep = 'save' | 'launch';

export interface LaunchErrorAlertProps {
  error: unknown;
  /** Which request failed: saving the consent, or starting the launch. */
  step: FailedStep;
  slug: string;
  /** True on the consent page, where the consent was saved before the launch failed. */
  saved?: boolean;
}

/**
 * What went wrong, in B1, and what the resident can do about it. Never the technical
 * problem. It appears after an action, so it is an alert that screen readers read at once.
 */
export function LaunchErrorAlert({ error, step, slug, saved = false }: LaunchErrorAlertProps) {
  const m = useLaunchMessages().errors;
  const current = useSession().session?.assurance ?? null;
  const stepUp = isProblem(error, 401) ? stepUpLevel(error.code) : null;
  if (stepUp) {
    // Not an expired session: the app needs a higher DigiD level (issue 14, decision 021).
    return (
      <div role="alert">
        <Alert type="warning">
          {saved && <Paragraph>{m.savedButNotOpened}</Paragraph>}
          <StepUpNotice slug={slug} required={stepUp} current={current} />
        </Alert>
      </div>
    );
  }
  const text = errorText(m, error, step);
  return (
    <div role="alert">
      <Alert type="error">
        {saved && <Paragraph>{m.savedButNotOpened}</Paragraph>}
        <Paragraph>{text}</Paragraph>
        {isProblem(error, 401) && (
          <Paragraph>
            <SignInLink>{m.signInAgain}</SignInLink>
          </Paragraph>
        )}
        {step === 'launch' && !saved && isProblem(error, 409) && (
          <Paragraph>
            <RouteLink to={`/apps/${encodeURIComponent(slug)}/toestemming`}>{m.giveConsent}</RouteLink>
          </Paragraph>
        )}
      </Alert>
    </div>
  );
}

function errorText(m: LaunchMessages['errors'], error: unknown, step: FailedStep): string {
  if (isProblem(error, 401)) return m.unauthenticated;
  if (isProblem(error, 403)) return m.notAllowed;
  if (isProblem(error, 404)) return m.notAvailable;
  if (step === 'save') return isProblem(error, 400) ? m.saveRejected : m.saveFailed;
  return isProblem(error, 409) ? m.needsConsent : m.launchFailed;
}
