import { useId, useState } from 'react';
import type { Consent } from '../../../../shared/schemas/launch.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { RequireRole } from '../../identity/components/require-role.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { isProblem } from '../../lib/api-problem.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchConsentHistory, fetchConsents, revokeConsent } from '../api.ts';
import { ConsentHistory } from '../components/consent-history.tsx';
import { ConsentItem } from '../components/consent-item.tsx';
import { IncidentNotices } from '../components/incident-notices.tsx';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';

/** `/mijn-apps`: the apps a resident gave consent to, and a way to take it back. */
export function MyAppsPage() {
  return (
    <RequireRole requires="resident">
      <MyApps />
    </RequireRole>
  );
}

function MyApps() {
  const m = useLaunchPageMessages().myApps;
  usePageTitle(m.title);
  const headingId = useId();
  const { session } = useSession();
  const consents = useResource(`consents:${session?.user?.id ?? ''}`, fetchConsents);
  const history = useResource(`consent-history:${session?.user?.id ?? ''}`, fetchConsentHistory);
  // Per app, so revoking two apps quickly one after the other cannot mix up their results.
  const [revoking, setRevoking] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [revoked, setRevoked] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  const revoke = async (consent: Consent) => {
    setRevoking((previous) => withItem(previous, consent.slug, true));
    setFailed((previous) => withItem(previous, consent.slug, false));
    setAnnouncement('');
    let ok = true;
    try {
      await revokeConsent(consent.slug);
    } catch (error) {
      // 404: there was no consent (any more), which is what the resident wanted.
      ok = isProblem(error, 404);
    }
    setRevoking((previous) => withItem(previous, consent.slug, false));
    if (!ok) {
      setFailed((previous) => withItem(previous, consent.slug, true));
      return;
    }
    setRevoked((previous) => withItem(previous, consent.slug, true));
    history.reload();
    setAnnouncement(m.revoked(consent.name));
    // The button that had focus is gone: put focus somewhere sensible instead of on <body>.
    document.getElementById(headingId)?.focus();
  };

  const shown =
    consents.state.status === 'ready' ? consents.state.data.filter((c) => !revoked.has(c.slug)) : [];

  return (
    <>
      <Heading level={1} id={headingId} tabIndex={-1}>
        {m.title}
      </Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <IncidentNotices />
      {/* Always in the page, so screen readers notice when the confirmation appears. */}
      <div role="status">
        {announcement && (
          <Alert type="ok">
            <Paragraph>{announcement}</Paragraph>
          </Alert>
        )}
      </div>
      {consents.state.status === 'loading' && <Loading />}
      {consents.state.status === 'error' && (
        <LoadError error={consents.state.error} onRetry={consents.reload} />
      )}
      {consents.state.status === 'ready' &&
        (shown.length === 0 ? (
          <>
            <Paragraph>{m.empty}</Paragraph>
            <Paragraph>{m.emptyHelp}</Paragraph>
            <Paragraph>
              <RouteLink to="/apps">{m.allApps}</RouteLink>
            </Paragraph>
          </>
        ) : (
          <ul className="ic-claims">
            {shown.map((consent) => (
              <ConsentItem
                key={consent.slug}
                consent={consent}
                revoking={revoking.has(consent.slug)}
                revokeFailed={failed.has(consent.slug)}
                onRevoke={() => void revoke(consent)}
              />
            ))}
          </ul>
        ))}
      <ConsentHistory history={history} />
    </>
  );
}

function withItem(set: ReadonlySet<string>, item: string, present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}
