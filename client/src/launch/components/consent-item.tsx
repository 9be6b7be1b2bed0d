import type { Consent } from '../../../../shared/schemas/launch.ts';
import { AppIcon } from '../../catalog/components/app-icon.tsx';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataList, type DataListItem } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { useClaimWords } from '../use-claim-words.ts';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';

export interface ConsentItemProps {
  consent: Consent;
  revoking: boolean;
  revokeFailed: boolean;
  onRevoke: () => void;
}

/** One app in "Mijn apps": what it may receive, since when, what it got last time, and a way out. */
export function ConsentItem({ consent, revoking, revokeFailed, onRevoke }: ConsentItemProps) {
  const messages = useLaunchPageMessages();
  const m = messages.myApps;
  const { locale } = useLocale();
  const claimWords = useClaimWords();
  const appPath = `/apps/${encodeURIComponent(consent.slug)}`;

  const facts: DataListItem[] = [
    { key: 'claims', label: m.mayReceive, value: claimWords(consent.claims) ?? m.nothing },
    { key: 'since', label: m.since, value: formatDate(consent.grantedAt, locale) },
    {
      key: 'last',
      label: m.lastLaunch,
      value: consent.lastLaunch ? formatDateTime(consent.lastLaunch.at, locale) : m.notOpened,
    },
  ];
  if (consent.lastLaunch) {
    facts.push({
      key: 'received',
      label: m.received,
      value: claimWords(consent.lastLaunch.claims) ?? m.nothing,
    });
  }

  const state = consent.availability?.state ?? 'available';
  // A suspended or withdrawn app has no public page any more: no link to "page not found".
  const hasPage = state === 'available' || state === 'not-offered';

  return (
    <li className="ic-claim">
      <div className="ic-claim__title">
        <AppIcon src={consent.icon} name={consent.name} size="small" />
        <Heading level={2} appearance={3}>
          {hasPage ? <RouteLink to={appPath}>{consent.name}</RouteLink> : consent.name}
        </Heading>
      </div>
      {state !== 'available' && <UnavailableNotice consent={consent} />}
      {state === 'available' && !consent.current && (
        <Alert type="warning">
          <Paragraph>{messages.panel.consentChanged}</Paragraph>
          <Paragraph>
            <RouteLink to={`${appPath}/toestemming`}>{m.consentAgain}</RouteLink>
          </Paragraph>
        </Alert>
      )}
      <DataList items={facts} />
      <Paragraph>
        <Button disabled={revoking} onClick={onRevoke}>
          {revoking ? m.revoking : m.revoke}
          {/* Every app has this button: the hidden words say which app it is for. */}
          <span className="ic-visually-hidden"> {m.revokeFor(consent.name)}</span>
        </Button>
      </Paragraph>
      {revokeFailed && (
        <div role="alert">
          <Alert type="error">
            <Paragraph>{m.revokeFailed(consent.name)}</Paragraph>
          </Alert>
        </div>
      )}
    </li>
  );
}

/** Why the resident cannot open this app any more, and what that means for their data (issue 11 item 2). */
function UnavailableNotice({ consent }: { consent: Consent }) {
  const m = useLaunchPageMessages().myApps.unavailable;
  const { locale } = useLocale();
  const availability = consent.availability;
  if (!availability) return null;
  const since = availability.since ? formatDate(availability.since, locale) : '';
  const [title, text] =
    availability.state === 'suspended'
      ? [m.suspendedTitle(consent.name), m.suspended(since)]
      : availability.state === 'withdrawn'
        ? [m.withdrawnTitle(consent.name), m.withdrawn]
        : [m.notOfferedTitle(consent.name), m.notOffered];
  return (
    <Alert type="warning">
      <Heading level={3} appearance={4}>
        {title}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {availability.state === 'suspended' && availability.reason && (
        <Paragraph>{m.reason(availability.reason)}</Paragraph>
      )}
      <Paragraph>{m.data}</Paragraph>
    </Alert>
  );
}
