import { useEffect, useRef, useState } from 'react';
import { OPEN_REVIEW_STATUSES } from '../../../../shared/review-state.ts';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { submitListing, withdrawListing } from '../api.ts';
import { vendorMessages } from '../messages.ts';

interface ListingActionsProps {
  listing: VendorListingDetail;
  /** Called with the listing after a change, or without to load it again. */
  onChanged: (listing?: VendorListingDetail) => void;
}

/** Edit, submit for review and withdraw (with a confirm step, because it takes the app offline). */
export function ListingActions({ listing, onChanged }: ListingActionsProps) {
  const m = useMessages(vendorMessages).detail;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  const inReview =
    listing.latestVersion !== null && OPEN_REVIEW_STATUSES.includes(listing.latestVersion.status);
  const withdrawn = listing.status === 'withdrawn';

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const failure = (fallback: string, error: unknown) =>
    setNotice({
      type: 'error',
      text: isProblem(error) && error.detail ? `${fallback} ${error.detail}` : fallback,
    });

  const submit = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const created = await submitListing(listing.id);
      setNotice({ type: 'ok', text: m.submitted(created.number) });
      onChanged();
    } catch (error) {
      failure(m.submitFailed, error);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const updated = await withdrawListing(listing.id);
      setConfirming(false);
      setNotice({ type: 'ok', text: m.withdrawn });
      onChanged(updated);
    } catch (error) {
      failure(m.withdrawFailed, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ic-section" aria-labelledby="acties-titel">
      <Heading level={2} id="acties-titel">
        {m.actions}
      </Heading>
      <NoticeRegion notice={notice} />
      <Paragraph>
        <RouteLink to={`/aanbieder/${encodeURIComponent(listing.id)}/bewerken`}>{m.edit}</RouteLink>
      </Paragraph>
      {listing.liveVersion !== null && <Paragraph>{m.liveStays}</Paragraph>}
      {inReview && <Paragraph id="indienen-uitleg">{m.submitBlocked}</Paragraph>}
      <div className="utrecht-button-group">
        <Button
          appearance="primary-action"
          onClick={() => void submit()}
          disabled={busy || inReview || withdrawn}
          aria-describedby={inReview ? 'indienen-uitleg' : undefined}
        >
          {m.submit}
        </Button>
        {!withdrawn && !confirming && (
          <Button onClick={() => setConfirming(true)} disabled={busy}>
            {m.withdraw}
          </Button>
        )}
      </div>
      {confirming && (
        <div ref={confirmRef} tabIndex={-1} className="ic-confirm">
          <Alert type="warning">
            <Paragraph>{m.withdrawConfirmText}</Paragraph>
            <div className="utrecht-button-group">
              <Button appearance="primary-action" onClick={() => void withdraw()} disabled={busy}>
                {m.withdrawConfirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{m.withdrawCancel}</Button>
            </div>
          </Alert>
        </div>
      )}
    </section>
  );
}
