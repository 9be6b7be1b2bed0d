import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { OpenedReferral } from '../../../../shared/schemas/referral.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { openReferral } from '../api.ts';
import { referralMessages } from '../messages.ts';

/**
 * `/verwijzing#<code>`: a resident opens a professional's link. The code is read from the
 * fragment (never sent to a server in a URL), opened once, and the resident goes on to the app's
 * page with the note, in their municipality.
 */
export function OpenReferralPage() {
  const m = useMessages(referralMessages).open;
  usePageTitle(m.title);
  const navigate = useNavigate();
  const { setCode } = useMunicipality();
  const [state, setState] = useState<'loading' | 'failed' | 'no-code'>('loading');
  const [opened, setOpened] = useState<OpenedReferral | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const code = window.location.hash.slice(1);
    if (!code) {
      setState('no-code');
      return;
    }
    // The code leaves the address bar at once: not in history, not in a screenshot.
    window.history.replaceState(null, '', window.location.pathname);
    openReferral(code).then(
      (referral) => setOpened(referral),
      () => setState('failed'),
    );
  }, []);

  useEffect(() => {
    if (!opened) return;
    setCode(opened.municipality);
    navigate(`/apps/${opened.app.slug}`, {
      replace: true,
      state: { referralNote: opened.note || m.intro(opened.app.name) },
    });
  }, [opened, navigate, setCode, m]);

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      {state === 'loading' && (
        <Paragraph role="status" className="ic-loading">
          {m.loading}
        </Paragraph>
      )}
      {state !== 'loading' && (
        <Alert type="warning" role="alert">
          <Paragraph>{state === 'no-code' ? m.noCode : m.failed}</Paragraph>
        </Alert>
      )}
    </>
  );
}
