import { useId, useState } from 'react';
import type { AppRequestStatus } from '../../../../shared/schemas/app-request.ts';
import { Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchAppRequest, requestApp, withdrawAppRequest } from '../resident-api.ts';
import { residentMessages } from '../resident-messages.ts';
import type { OwnMunicipality } from '../use-own-municipality.ts';

/**
 * "Vraag je gemeente om deze app": for a signed-in resident whose municipality does not offer
 * the app. One request per resident and app, withdrawable; the municipality sees only how many
 * asked (docs/decisions/105). Anonymous visitors never see it, so nothing is stored for them.
 */
export function AppRequestPanel({ slug, own }: { slug: string; own: OwnMunicipality }) {
  const m = useMessages(residentMessages).request;
  const headingId = useId();
  const status = useResource(`app-request:${own.code}:${slug}`, (signal) => fetchAppRequest(slug, signal));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const change = async (current: AppRequestStatus) => {
    setBusy(true);
    setNotice(null);
    try {
      if (current.requested) {
        await withdrawAppRequest(slug);
        status.setData({ ...current, requested: false });
        setNotice({ type: 'ok', text: m.withdrawn });
      } else {
        status.setData(await requestApp(slug));
        setNotice({ type: 'ok', text: m.sent });
      }
    } catch {
      setNotice({ type: 'error', text: m.failed });
    } finally {
      setBusy(false);
    }
  };

  const state = status.state;
  return (
    <section className="ic-app-request" aria-labelledby={headingId}>
      <Heading level={2} appearance={3} id={headingId}>
        {m.heading}
      </Heading>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Paragraph>{m.loadFailed}</Paragraph>}
      {state.status === 'ready' &&
        (state.data.offered ? (
          <Paragraph>{m.coming(own.name)}</Paragraph>
        ) : (
          <>
            <Paragraph>{state.data.requested ? m.asked(own.name) : m.intro(own.name)}</Paragraph>
            {/* One button that changes its words, so keyboard focus stays on it after a press. */}
            <Button
              appearance={state.data.requested ? 'secondary-action' : 'primary-action'}
              disabled={busy}
              onClick={() => void change(state.data)}
            >
              {state.data.requested ? m.withdraw : m.button}
            </Button>
          </>
        ))}
      <NoticeRegion notice={notice} />
    </section>
  );
}
