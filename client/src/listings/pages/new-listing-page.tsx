import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { createListing } from '../api.ts';
import { ListingForm } from '../components/listing-form.tsx';
import { emptyFormValues } from '../draft-form/form-values.ts';
import { vendorMessages } from '../messages.ts';

/** `/aanbieder/nieuw`: a new listing starts as a draft; submitting is a separate step. */
export function NewListingPage() {
  const m = useMessages(vendorMessages);
  usePageTitle(m.create.title);
  const navigate = useNavigate();
  const [initial] = useState(emptyFormValues);

  const save = async (draft: ListingDraft) => {
    const created = await createListing(draft);
    navigate(`/aanbieder/${encodeURIComponent(created.id)}`, { state: { saved: true } });
  };

  return (
    <>
      <Paragraph>
        <RouteLink to="/aanbieder">{m.detail.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{m.create.title}</Heading>
      <Paragraph lead>{m.create.intro}</Paragraph>
      <ListingForm initial={initial} submitLabel={m.create.submit} onSave={save} />
    </>
  );
}
