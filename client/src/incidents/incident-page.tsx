import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import type { Incident } from '../../../shared/schemas/incident.ts';
import { useLocale, useLocalized } from '../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../identity/components/load-error.tsx';
import { hasRole } from '../identity/roles.ts';
import { useSession } from '../identity/session-provider.tsx';
import { useMessages } from '../identity/use-messages.ts';
import { formatDateTime } from '../lib/format-date.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { useResource } from '../lib/use-resource.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { TextField } from '../ui/form/text-field.tsx';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { type Notice, NoticeRegion } from '../ui/notice-region.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { closeIncident, fetchIncident, respondToIncident } from './api.ts';
import { incidentMessages } from './messages.ts';

/** `/incidenten/:id`: one incident; the vendor answers here and a reviewer closes it. */
export function IncidentPage() {
  const id = useParams().incidentId ?? '';
  const m = useMessages(incidentMessages);
  const incident = useResource(`incident:${id}`, (signal) => fetchIncident(id, signal));
  const data = incident.state.status === 'ready' ? incident.state.data : null;
  const title = data ? `${m.list.title}: ${data.appName}` : m.list.title;
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <RouteLink to="/incidenten">{m.detail.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {incident.state.status === 'loading' && <Loading />}
      {incident.state.status === 'error' && (
        <LoadError error={incident.state.error} onRetry={incident.reload} />
      )}
      {data && <IncidentView incident={data} onChanged={incident.setData} />}
    </>
  );
}

function IncidentView({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const m = useMessages(incidentMessages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const roles = useSession().session?.roles ?? [];
  const open = incident.status === 'open';
  return (
    <>
      <Paragraph>
        {m.severity[incident.severity]} · {m.status[incident.status]} ·{' '}
        {m.detail.reportedBy(incident.reportedBy.name, formatDateTime(incident.reportedAt, locale))}
      </Paragraph>
      {incident.suspended && (
        <Alert type="warning">
          <Paragraph>{m.detail.suspended}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{m.detail.what}</Heading>
      <Paragraph>{localized(incident.what)}</Paragraph>
      <Heading level={2}>{m.detail.data}</Heading>
      <Paragraph>{localized(incident.dataImpact)}</Paragraph>
      <Heading level={2}>{m.detail.advice}</Heading>
      <Paragraph>{localized(incident.advice)}</Paragraph>
      {incident.publicSummary && (
        <>
          <Heading level={2}>{m.detail.publicSummary}</Heading>
          <Paragraph>{localized(incident.publicSummary)}</Paragraph>
        </>
      )}
      <Heading level={2}>{m.detail.responses}</Heading>
      {incident.responses.length === 0 ? (
        <Paragraph>{m.detail.noResponses}</Paragraph>
      ) : (
        <ul>
          {incident.responses.map((r) => (
            <li key={r.at}>
              {r.by.name} ({m.detail.role[r.role] ?? r.role}), {formatDateTime(r.at, locale)}: {r.message}
            </li>
          ))}
        </ul>
      )}
      {open && <RespondForm incident={incident} onChanged={onChanged} />}
      {open && hasRole(roles, 'reviewer') && <CloseForm incident={incident} onChanged={onChanged} />}
    </>
  );
}

function RespondForm({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const m = useMessages(incidentMessages).detail;
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      onChanged(await respondToIncident(incident.id, message.trim()));
      setMessage('');
      setNotice({ type: 'ok', text: m.sent });
    } catch {
      setNotice({ type: 'error', text: m.failed });
    }
  };
  return (
    <section className="ic-section" aria-labelledby="reageren-titel">
      <Heading level={2} id="reageren-titel">
        {m.respond}
      </Heading>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <TextField
          id="incident-reactie"
          label={m.message}
          required
          rows={4}
          value={message}
          onValueChange={setMessage}
        />
        <NoticeRegion notice={notice} />
        <Button type="submit" appearance="primary-action">
          {m.send}
        </Button>
      </form>
    </section>
  );
}

function CloseForm({ incident, onChanged }: { incident: Incident; onChanged: (i: Incident) => void }) {
  const m = useMessages(incidentMessages).detail;
  const [nl, setNl] = useState('');
  const [en, setEn] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      onChanged(await closeIncident(incident.id, { nl: nl.trim(), en: en.trim() }));
      setNotice({ type: 'ok', text: m.closed });
    } catch {
      setNotice({ type: 'error', text: m.failed });
    }
  };
  return (
    <section className="ic-section" aria-labelledby="afsluiten-titel">
      <Heading level={2} id="afsluiten-titel">
        {m.close}
      </Heading>
      <Paragraph>{m.closeIntro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <TextField
          id="incident-samenvatting-nl"
          label={m.summaryNl}
          required
          rows={3}
          value={nl}
          onValueChange={setNl}
        />
        <TextField
          id="incident-samenvatting-en"
          label={m.summaryEn}
          required
          rows={3}
          value={en}
          onValueChange={setEn}
        />
        <NoticeRegion notice={notice} />
        <Button type="submit" appearance="primary-action">
          {m.close}
        </Button>
      </form>
    </section>
  );
}
