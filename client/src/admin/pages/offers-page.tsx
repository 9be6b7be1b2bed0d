import { useEffect, useId, useRef, useState } from 'react';
import type { AppSummary } from '../../../../shared/schemas/catalog.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../../ui/unordered-list.tsx';
import {
  fetchAppRequestCounts,
  fetchLiveApps,
  fetchOffers,
  fetchUsage,
  type MunicipalityOffers,
  type MunicipalityUsage,
  offerApp,
  stopOffering,
} from '../api.ts';
import { MunicipalitySwitch } from '../components/municipality-switch.tsx';
import { OffersTable } from '../components/offers-table.tsx';
import { conditionsMessages } from '../conditions-messages.ts';
import { adminMessages } from '../messages.ts';
import { useAdminMunicipality } from '../use-admin-municipality.ts';

interface OffersData {
  offers: MunicipalityOffers;
  apps: AppSummary[];
}

/** `/gemeente`: which vetted apps this municipality offers its residents. */
export function OffersPage() {
  const m = useMessages(adminMessages);
  const conditions = useMessages(conditionsMessages);
  const { code, all } = useAdminMunicipality();
  const data = useResource(`offers:${code ?? ''}`, async (signal): Promise<OffersData | null> => {
    if (!code) return null;
    const [offers, apps] = await Promise.all([fetchOffers(code, signal), fetchLiveApps(signal)]);
    return { offers, apps };
  });
  const ready = data.state.status === 'ready' ? data.state.data : null;
  const title = ready ? m.offers.titleFor(ready.offers.name) : m.offers.title;
  usePageTitle(title);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <MunicipalitySwitch all={all} current={code} />
      {!code && <Paragraph>{m.noMunicipality}</Paragraph>}
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'error' && <LoadError error={data.state.error} onRetry={data.reload} />}
      {ready && (
        <>
          <Paragraph>{m.offers.intro}</Paragraph>
          <Paragraph>
            <RouteLink to={`/gemeente/logboek${all.length > 1 ? `?gemeente=${ready.offers.code}` : ''}`}>
              {m.offers.logLink}
            </RouteLink>
          </Paragraph>
          <Paragraph>
            <RouteLink to={`/gemeente/voorwaarden${all.length > 1 ? `?gemeente=${ready.offers.code}` : ''}`}>
              {conditions.title}
            </RouteLink>
          </Paragraph>
          <Offers data={ready} onChange={(offers) => data.setData({ ...ready, offers })} />
        </>
      )}
    </>
  );
}

function Offers({ data, onChange }: { data: OffersData; onChange: (offers: MunicipalityOffers) => void }) {
  const m = useMessages(adminMessages).offers;
  const [busySlug, setBusySlug] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<AppSummary | null>(null);
  const usage = useResource(`usage:${data.offers.code}`, (signal) => fetchUsage(data.offers.code, signal));
  const recent = usage.state.status === 'ready' ? lastWeeks(usage.state.data, 4) : null;
  const offered = new Set(data.offers.offers);
  const asked = useResource(`app-requests:${data.offers.code}`, (signal) =>
    fetchAppRequestCounts(data.offers.code, signal),
  );
  const askedFor =
    asked.state.status === 'ready' ? asked.state.data.items.filter((item) => !offered.has(item.slug)) : null;
  const requests = askedFor ? new Map(askedFor.map((item) => [item.slug, item.residents])) : null;
  const count = data.apps.filter((app) => offered.has(app.slug)).length;

  const toggle = async (app: AppSummary) => {
    const code = data.offers.code;
    const isOffered = offered.has(app.slug);
    setConfirming(null);
    setBusySlug(app.slug);
    setNotice(null);
    try {
      if (isOffered) await stopOffering(code, app.slug);
      else await offerApp(code, app.slug);
      const offers = isOffered
        ? data.offers.offers.filter((s) => s !== app.slug)
        : [...data.offers.offers, app.slug];
      onChange({ ...data.offers, offers });
      setNotice({ type: 'ok', text: isOffered ? m.nowStopped(app.name) : m.nowOffered(app.name) });
      // Offering answers the residents' requests, and the server forgets them (decision 105).
      if (!isOffered) asked.reload();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    } finally {
      setBusySlug(null);
    }
  };

  if (data.apps.length === 0) return <Paragraph>{m.empty}</Paragraph>;
  return (
    <>
      <Paragraph className="ic-offer-count">{m.count(count, data.apps.length)}</Paragraph>
      <Paragraph>{m.requestsIntro}</Paragraph>
      {askedFor && askedFor.length > 0 && (
        <>
          <Heading level={2} appearance={4}>
            {m.mostAsked}
          </Heading>
          {/* Most asked first, as the server sorts them; only apps not offered are counted. */}
          <UnorderedList>
            {askedFor.map((item) => (
              <ListItem key={item.slug}>
                {m.askedItem(
                  data.apps.find((app) => app.slug === item.slug)?.name ?? item.slug,
                  item.residents,
                )}
              </ListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {/* One live region for the outcome of a press; the count above is read with the table. */}
      <NoticeRegion notice={notice} />
      {confirming && (
        <ConfirmStop
          app={confirming}
          launches={recent?.get(confirming.slug) ?? 0}
          onYes={() => void toggle(confirming)}
          onNo={() => setConfirming(null)}
        />
      )}
      <OffersTable
        apps={data.apps}
        offered={offered}
        usage={recent}
        requests={requests}
        busySlug={busySlug}
        onOffer={(app) => void toggle(app)}
        onStop={(app) => {
          setNotice(null);
          setConfirming(app);
        }}
      />
    </>
  );
}

/** Launches per app over the last `weeks` weeks of the usage figures. */
function lastWeeks(usage: MunicipalityUsage, weeks: number): ReadonlyMap<string, number> {
  return new Map(
    usage.apps.map((app) => [app.slug, app.launches.slice(-weeks).reduce((sum, n) => sum + n, 0)]),
  );
}

/** Stopping takes the app away from residents who use it: say how many launches, then ask. */
function ConfirmStop({
  app,
  launches,
  onYes,
  onNo,
}: {
  app: AppSummary;
  launches: number;
  onYes: () => void;
  onNo: () => void;
}) {
  const m = useMessages(adminMessages).offers;
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="ic-confirm" aria-labelledby={headingId} tabIndex={-1}>
      <Alert type="warning">
        <Paragraph id={headingId}>{m.confirmStop(app.name, launches)}</Paragraph>
        <Paragraph>{m.confirmStopEffect}</Paragraph>
        <div className="utrecht-button-group">
          <Button appearance="primary-action" onClick={onYes}>
            {m.confirmStopYes}
          </Button>
          <Button onClick={onNo}>{m.confirmStopNo}</Button>
        </div>
      </Alert>
    </section>
  );
}
