import type { ResidentIncidentNotice } from '../../../../shared/schemas/incident.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchIncidentNotices } from '../incidents-api.ts';

const messages = {
  nl: {
    region: 'Meldingen over je apps',
    heading: (app: string) => `Melding over ${app}`,
    closedHeading: (app: string) => `${app}: het probleem is opgelost`,
    what: 'Wat is er gebeurd?',
    data: 'Wat betekent dit voor je gegevens?',
    advice: 'Wat moet je doen?',
    since: (date: string) => `Sinds ${date}.`,
    summary: 'Hoe is het opgelost?',
    appPage: (app: string) => `Meer over ${app}`,
  },
  en: {
    region: 'Notices about your apps',
    heading: (app: string) => `Notice about ${app}`,
    closedHeading: (app: string) => `${app}: the problem has been solved`,
    what: 'What happened?',
    data: 'What does this mean for your data?',
    advice: 'What should you do?',
    since: (date: string) => `Since ${date}.`,
    summary: 'How was it solved?',
    appPage: (app: string) => `More about ${app}`,
  },
};

/**
 * Incidents of the apps this resident uses, at the top of "Mijn apps", until they are closed and
 * a while after. Read from the resident's own consents: nobody else learns who is affected.
 */
export function IncidentNotices() {
  const { session } = useSession();
  const m = useMessages(messages);
  const notices = useResource(`incident-notices:${session?.user?.id ?? ''}`, fetchIncidentNotices);
  if (notices.state.status !== 'ready' || notices.state.data.length === 0) return null;
  return (
    <section aria-label={m.region} className="ic-section">
      {notices.state.data.map((notice) => (
        <IncidentNotice key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

function IncidentNotice({ notice }: { notice: ResidentIncidentNotice }) {
  const m = useMessages(messages);
  const localized = useLocalized();
  const { locale } = useLocale();
  const closed = notice.status === 'closed';
  const since = formatDate(notice.since, locale);
  return (
    <Alert type={closed ? 'info' : notice.severity === 'high' ? 'error' : 'warning'}>
      <Heading level={2}>{closed ? m.closedHeading(notice.appName) : m.heading(notice.appName)}</Heading>
      <Heading level={3}>{m.what}</Heading>
      <Paragraph>
        {localized(notice.what)} {m.since(since)}
      </Paragraph>
      <Heading level={3}>{m.data}</Heading>
      <Paragraph>{localized(notice.dataImpact)}</Paragraph>
      <Heading level={3}>{m.advice}</Heading>
      <Paragraph>{localized(notice.advice)}</Paragraph>
      {closed && notice.publicSummary && (
        <>
          <Heading level={3}>{m.summary}</Heading>
          <Paragraph>{localized(notice.publicSummary)}</Paragraph>
        </>
      )}
      <Paragraph>
        <RouteLink to={`/apps/${notice.slug}`}>{m.appPage(notice.appName)}</RouteLink>
      </Paragraph>
    </Alert>
  );
}
