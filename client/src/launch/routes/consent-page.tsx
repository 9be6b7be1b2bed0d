import { useLoaderData, useSearchParams } from 'react-router';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { RequireRole } from '../../identity/components/require-role.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchConsents } from '../api.ts';
import { ConsentForm } from '../components/consent-form.tsx';
import { NotOfferedNotice } from '../components/not-offered-notice.tsx';
import type { consentLoader } from '../loaders.ts';
import { residentMunicipality } from '../resident.ts';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';

/** `/apps/:slug/toestemming`: the resident chooses what the app may receive, then opens it. */
export function ConsentPage() {
  const app = useLoaderData<typeof consentLoader>();
  return (
    <RequireRole requires="resident">
      <ResidentConsent app={app} />
    </RequireRole>
  );
}

function ResidentConsent({ app }: { app: AppDetail }) {
  const m = useLaunchPageMessages().consent;
  const title = m.title(app.name);
  usePageTitle(title);
  const { session } = useSession();
  // RequireRole lets only residents through, so both are known here.
  const municipality = session ? residentMunicipality(session.roles) : null;
  const userId = session?.user?.id ?? '';

  return (
    <>
      <Heading level={1}>{title}</Heading>
      {municipality && !app.offeredBy.includes(municipality) ? (
        <>
          <NotOfferedNotice municipality={municipality} />
          <Paragraph>
            <RouteLink to={`/apps/${encodeURIComponent(app.slug)}`}>{m.backToApp(app.name)}</RouteLink>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{m.intro(app.name)}</Paragraph>
          <Paragraph>{m.always}</Paragraph>
          <ConsentChoice app={app} userId={userId} />
        </>
      )}
    </>
  );
}

/**
 * Where the browser goes once consent is saved, when an app's own sign-in asked for it (issue 15):
 * back to the platform's sign-in step, which finishes and returns to the app.
 */
function useFlowReturn(): string | undefined {
  const [searchParams] = useSearchParams();
  const back = searchParams.get('terug');
  return back && /^\/oidc\/interaction\/[A-Za-z0-9_-]{1,64}$/.test(back) ? back : undefined;
}

/** Loads the resident's consents, so a current choice starts preselected. */
function ConsentChoice({ app, userId }: { app: AppDetail; userId: string }) {
  const returnTo = useFlowReturn();
  const consents = useResource(`consents:${userId}`, fetchConsents);
  if (consents.state.status === 'loading') return <Loading />;
  if (consents.state.status === 'error') {
    return <LoadError error={consents.state.error} onRetry={consents.reload} />;
  }
  const consent = consents.state.data.find((candidate) => candidate.slug === app.slug);
  return <ConsentForm app={app} consent={consent} returnTo={returnTo} />;
}
