import { useParams } from 'react-router';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { type AppPageContent, AppPageView } from '../../catalog/components/app-page-view.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { fetchOrganisations } from '../../onboarding/api.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchVendorListing } from '../api.ts';
import { previewMessages } from '../preview-messages.ts';

interface PreviewData {
  listing: VendorListingDetail;
  vendorName: string;
}

/**
 * `/aanbieder/:id/voorbeeld`: the public app page built from the draft, with the component the
 * catalog uses, so a vendor sees what residents will see. The draft comes from the vendor API,
 * which answers members of the listing's organisation only: the server decides who may look.
 * Never indexed (robots meta; the page also needs a vendor's session).
 */
export function PreviewListingPage() {
  const m = useMessages(previewMessages);
  const id = useParams().id ?? '';
  const data = useResource(`vendor-preview:${id}`, async (signal): Promise<PreviewData> => {
    const listing = await fetchVendorListing(id, signal);
    // The organisation's name as residents will read it; the listing holds only its id.
    const organisations = await fetchOrganisations(signal).catch(() => []);
    const vendorName =
      organisations.find((o) => o.id === listing.organisationId)?.name ?? listing.organisationId;
    return { listing, vendorName };
  });
  const ready = data.state.status === 'ready' ? data.state.data : null;
  usePageTitle(ready ? m.title(ready.listing.draft.name) : m.titlePlain);

  return (
    <>
      <meta name="robots" content="noindex, nofollow" />
      <Paragraph>
        <RouteLink to={`/aanbieder/${encodeURIComponent(id)}`}>{m.back}</RouteLink>
      </Paragraph>
      {!ready && <Heading level={1}>{m.titlePlain}</Heading>}
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'error' && <LoadError error={data.state.error} onRetry={data.reload} />}
      {ready && (
        <>
          <Alert type="warning" className="ic-preview-banner">
            <Paragraph>
              <strong>{m.banner}</strong>
            </Paragraph>
            <Paragraph>{m.bannerText}</Paragraph>
          </Alert>
          <div className="ic-preview" data-preview="true">
            <AppPageView
              app={toPageContent(ready.listing, ready.vendorName)}
              vetting={<Paragraph>{m.vetting}</Paragraph>}
            />
          </div>
        </>
      )}
    </>
  );
}

/** The draft in the shape the public page shows; the vetting result is what a preview lacks. */
function toPageContent(listing: VendorListingDetail, vendorName: string): AppPageContent {
  const { draft } = listing;
  return {
    slug: listing.slug,
    name: draft.name,
    tagline: draft.tagline,
    categories: draft.categories,
    ...(draft.icon ? { icon: draft.icon } : {}),
    vendor: { id: listing.organisationId, name: vendorName },
    cost: draft.cost,
    languages: draft.languages,
    description: draft.description,
    website: draft.website,
    claims: draft.claims,
    privacyStatementUrl: draft.privacyStatementUrl,
    accessibility: draft.accessibility,
    support: draft.support,
    screenshots: draft.screenshots,
  };
}
