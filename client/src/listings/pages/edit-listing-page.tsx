import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchVendorListing, saveDraft } from '../api.ts';
import { ListingForm } from '../components/listing-form.tsx';
import { formValuesFromDraft } from '../draft-form/form-values.ts';
import { vendorMessages } from '../messages.ts';

/** `/aanbieder/:id/bewerken`: edits the draft; the live version is untouched until approval. */
export function EditListingPage() {
  const m = useMessages(vendorMessages);
  const id = useParams().id ?? '';
  const listing = useResource(`vendor-listing:${id}`, (signal) => fetchVendorListing(id, signal));
  const name = listing.state.status === 'ready' ? listing.state.data.name : null;
  const title = name ? m.edit.title(name) : m.edit.titlePlain;
  usePageTitle(title);

  return (
    <>
      <Paragraph>
        <RouteLink to={`/aanbieder/${encodeURIComponent(id)}`}>{m.edit.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {listing.state.status === 'loading' && <Loading />}
      {listing.state.status === 'error' && <LoadError error={listing.state.error} onRetry={listing.reload} />}
      {listing.state.status === 'ready' && (
        <EditForm listing={listing.state.data} submitLabel={m.edit.submit} />
      )}
    </>
  );
}

function EditForm({ listing, submitLabel }: { listing: VendorListingDetail; submitLabel: string }) {
  const navigate = useNavigate();
  // The form keeps its own state from here on; a re-render must not reset what was typed.
  const [initial] = useState(() => formValuesFromDraft(listing.draft));
  const save = async (draft: ListingDraft) => {
    await saveDraft(listing.id, draft);
    navigate(`/aanbieder/${encodeURIComponent(listing.id)}`, { state: { saved: true } });
  };
  return (
    <ListingForm
      initial={initial}
      submitLabel={submitLabel}
      onSave={save}
      isLive={listing.liveVersion !== null}
      listingId={listing.id}
    />
  );
}
