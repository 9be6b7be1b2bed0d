import { useCallback, useState } from 'react';
import type { ClaimId } from '../../../../shared/claims.ts';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { openApp } from '../submit-launch.ts';
import { useBackRestore } from '../use-back-restore.ts';
import { useClaimWords } from '../use-claim-words.ts';
import { useLaunchMessages } from '../use-launch-messages.ts';
import { LaunchErrorAlert } from './launch-error-alert.tsx';

type LaunchState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: unknown };

const IDLE: LaunchState = { status: 'idle' };

/** "Open app" for a resident whose consent is current: what the app gets, and the button. */
export function LaunchButton({ slug, claims }: { slug: string; claims: ClaimId[] }) {
  const m = useLaunchMessages().panel;
  const claimWords = useClaimWords()(claims);
  const [state, setState] = useState<LaunchState>(IDLE);
  useBackRestore(useCallback(() => setState(IDLE), []));

  const launch = async () => {
    setState({ status: 'busy' });
    try {
      // On success the browser leaves the page, so the button stays busy until then.
      await openApp(slug);
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  const busy = state.status === 'busy';
  return (
    <>
      <Paragraph>{claimWords ? m.willReceive(claimWords) : m.receivesNothing}</Paragraph>
      <Paragraph>
        <Button appearance="primary-action" disabled={busy} onClick={() => void launch()}>
          {busy ? m.opening : m.openButton}
        </Button>
      </Paragraph>
      {state.status === 'error' && <LaunchErrorAlert error={state.error} step="launch" slug={slug} />}
      <Paragraph>
        <RouteLink to={`/apps/${encodeURIComponent(slug)}/toestemming`}>{m.changeConsent}</RouteLink>
      </Paragraph>
    </>
  );
}
