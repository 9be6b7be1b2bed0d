import { meetsAssurance } from '../../../../shared/assurance.ts';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/button-link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchConsents } from '../api.ts';
import { residentMunicipality } from '../resident.ts';
import { useLaunchMessages } from '../use-launch-messages.ts';
import { LaunchButton } from './launch-button.tsx';
import { NotOfferedNotice } from './not-offered-notice.tsx';
import { SignInLink } from './sign-in-link.tsx';
import { StepUpNotice } from './step-up-notice.tsx';

/**
 * What the "Open app" panel offers, depending on who is looking: a way to sign in, why they
 * cannot open the app, a way to give consent first, or the button that opens it. The server
 * checks all of this again at every launch; this is so people know where they stand.
 */
export function OpenAppActions({ app }: { app: AppDetail }) {
  const m = useLaunchMessages().panel;
  const { session, status } = useSession();

  if (!session) {
    if (status === 'error') return <Paragraph>{m.sessionError}</Paragraph>;
    return <Loading />;
  }
  if (!session.user) {
    return (
      <>
        <Paragraph>{m.signInIntro}</Paragraph>
        <Paragraph>
          <SignInLink>{m.signInLink}</SignInLink>
        </Paragraph>
      </>
    );
  }
  const municipality = residentMunicipality(session.roles);
  if (!municipality) {
    const resident = session.roles.some((r) => r.role === 'resident');
    return <Paragraph>{resident ? m.municipalityUnknown : m.notResident}</Paragraph>;
  }
  if (!app.offeredBy.includes(municipality)) return <NotOfferedNotice municipality={municipality} />;
  const current = session.assurance ?? null;
  if (app.minimumAssurance && !meetsAssurance(current, app.minimumAssurance))
    return <StepUpNotice slug={app.slug} required={app.minimumAssurance} current={current} />;
  return <ResidentActions app={app} userId={session.user.id} />;
}

/** A resident whose municipality offers the app: open it, or give consent first. */
function ResidentActions({ app, userId }: { app: AppDetail; userId: string }) {
  const m = useLaunchMessages().panel;
  const consents = useResource(`consents:${userId}`, fetchConsents);

  if (consents.state.status === 'loading') return <Loading />;
  if (consents.state.status === 'error') {
    return <LoadError error={consents.state.error} onRetry={consents.reload} />;
  }
  const consent = consents.state.data.find((candidate) => candidate.slug === app.slug);
  if (consent?.current) return <LaunchButton slug={app.slug} claims={consent.claims} />;

  return (
    <>
      {consent ? (
        <Alert type="warning">
          <Paragraph>{m.consentChanged}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{m.needsConsent}</Paragraph>
      )}
      <ButtonLink appearance="primary-action" to={`/apps/${encodeURIComponent(app.slug)}/toestemming`}>
        {m.openButton}
      </ButtonLink>
    </>
  );
}
