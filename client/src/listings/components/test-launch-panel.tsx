import { useState } from 'react';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { submitLaunch } from '../../launch/submit-launch.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { startTestLaunch } from '../api.ts';
import { vendorMessages } from '../messages.ts';

/**
 * "Test openen" (DESIGN.md: a vendor runs a test launch of a draft against a test resident): the
 * platform starts a launch of the draft's registration and the browser goes to the app the way a
 * resident's would, by the method the draft registered.
 */
export function TestLaunchPanel({ listing }: { listing: VendorListingDetail }) {
  const m = useMessages(vendorMessages).testLaunch;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      submitLaunch(await startTestLaunch(listing.id));
    } catch (error) {
      // 409: no client secret yet (the one made on this page counts too), or withdrawn meanwhile.
      setFailure(isProblem(error, 409) ? m.needsSecret : m.failed);
      setBusy(false);
    }
  };

  return (
    <section className="ic-section" aria-labelledby="test-openen-titel">
      <Heading level={2} id="test-openen-titel">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      {listing.status === 'withdrawn' ? (
        <Paragraph>{m.withdrawn}</Paragraph>
      ) : (
        <Button appearance="secondary-action" onClick={() => void open()} aria-busy={busy || undefined}>
          {busy ? m.busy : m.button}
        </Button>
      )}
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
