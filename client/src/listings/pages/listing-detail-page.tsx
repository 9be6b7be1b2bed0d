import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { DecisionsAndObjections } from '../../register/components/decisions-and-objections.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DataList } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchVendorListing } from '../api.ts';
import { ClientSecretPanel } from '../components/client-secret-panel.tsx';
import { EvidenceSection } from '../components/evidence-section.tsx';
import { ListingActions } from '../components/listing-actions.tsx';
import { ListingStatusBadge } from '../components/status-badges.tsx';
import { TestLaunchPanel } from '../components/test-launch-panel.tsx';
import { VersionHistory } from '../components/version-history.tsx';
import { vendorMessages } from '../messages.ts';
import { previewMessages } from '../preview-messages.ts';

/** `/aanbieder/:id`: one listing, its review history, and what the vendor can do next. */
export function ListingDetailPage() {
  const m = useMessages(vendorMessages).detail;
  const id = useParams().id ?? '';
  const listing = useResource(`vendor-listing:${id}`, (signal) => fetchVendorListing(id, signal));
  const title = listing.state.status === 'ready' ? listing.state.data.name : m.titlePlain;
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <RouteLink to="/aanbieder">{m.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {listing.state.status === 'loading' && <Loading />}
      {listing.state.status === 'error' && <LoadError error={listing.state.error} onRetry={listing.reload} />}
      {listing.state.status === 'ready' && (
        <ListingDetail
          listing={listing.state.data}
          onChanged={(updated) => (updated ? listing.setData(updated) : listing.reload())}
        />
      )}
    </>
  );
}

function ListingDetail({
  listing,
  onChanged,
}: {
  listing: VendorListingDetail;
  onChanged: (listing?: VendorListingDetail) => void;
}) {
  const m = useMessages(vendorMessages).detail;
  const preview = useMessages(previewMessages);
  const savedOnArrival = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  // "Saved" belongs to the edit just made; the next action's own notice replaces it (item 8).
  const [saved, setSaved] = useState(savedOnArrival);
  const changed = (updated?: VendorListingDetail) => {
    setSaved(false);
    onChanged(updated);
  };
  return (
    <>
      {saved && (
        <Alert type="ok">
          <Paragraph>{m.saved}</Paragraph>
        </Alert>
      )}
      {listing.suspension && (
        <Alert type="error">
          <Paragraph>{m.suspended(listing.suspension.reason)}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{m.facts}</Heading>
      <DataList
        items={[
          { key: 'status', label: m.status, value: <ListingStatusBadge status={listing.status} /> },
          { key: 'slug', label: m.slug, value: <code className="utrecht-code">{listing.slug}</code> },
          {
            key: 'client',
            label: m.clientId,
            value: <code className="utrecht-code">{listing.clientId}</code>,
          },
          {
            key: 'live',
            label: m.liveVersion,
            value: listing.liveVersion === null ? m.noLiveVersion : String(listing.liveVersion),
          },
        ]}
      />
      <Paragraph>
        <RouteLink to={`/aanbieder/${encodeURIComponent(listing.id)}/voorbeeld`}>{preview.link}</RouteLink>
      </Paragraph>
      <ListingActions listing={listing} onChanged={changed} />
      {listing.status !== 'withdrawn' && <EvidenceSection listingId={listing.id} />}
      <VersionHistory versions={listing.versions} />
      <DecisionsAndObjections slug={listing.slug} />
      <ClientSecretPanel
        listingId={listing.id}
        hasSecret={listing.hasClientSecret}
        usesKeys={listing.draft.launch.tokenEndpointAuthMethod === 'private_key_jwt'}
      />
      <TestLaunchPanel listing={listing} />
    </>
  );
}
