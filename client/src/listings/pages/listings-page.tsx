import type { VendorListingSummary } from '../../../../shared/schemas/vendor.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { ButtonLink } from '../../ui/button-link.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchVendorListings } from '../api.ts';
import { ListingStatusBadge, ReviewStatusBadge } from '../components/status-badges.tsx';
import { vendorMessages } from '../messages.ts';

/** `/aanbieder`: the organisation's listings with where each one is in review. */
export function ListingsPage() {
  const m = useMessages(vendorMessages).list;
  usePageTitle(m.title);
  const listings = useResource('vendor-listings', fetchVendorListings);
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph>{m.intro}</Paragraph>
      <Paragraph>
        <ButtonLink to="/aanbieder/nieuw" appearance="primary-action">
          {m.add}
        </ButtonLink>
      </Paragraph>
      {listings.state.status === 'loading' && <Loading />}
      {listings.state.status === 'error' && (
        <LoadError error={listings.state.error} onRetry={listings.reload} />
      )}
      {listings.state.status === 'ready' &&
        (listings.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <ListingsTable listings={listings.state.data} />
        ))}
    </>
  );
}

function ListingsTable({ listings }: { listings: VendorListingSummary[] }) {
  const m = useMessages(vendorMessages).list;
  const { locale } = useLocale();
  return (
    <Table caption={m.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.name}</TableHeaderCell>
          <TableHeaderCell>{m.status}</TableHeaderCell>
          <TableHeaderCell>{m.latest}</TableHeaderCell>
          <TableHeaderCell>{m.updated}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {listings.map((listing) => (
          <TableRow key={listing.id}>
            <TableHeaderCell scope="row">
              <RouteLink to={`/aanbieder/${encodeURIComponent(listing.id)}`}>{listing.name}</RouteLink>
            </TableHeaderCell>
            <TableCell>
              <ListingStatusBadge status={listing.status} />
            </TableCell>
            <TableCell>
              {listing.latestVersion ? (
                <>
                  {m.version(listing.latestVersion.number)}{' '}
                  <ReviewStatusBadge status={listing.latestVersion.status} />
                </>
              ) : (
                m.noVersion
              )}
            </TableCell>
            <TableCell>{formatDate(listing.updatedAt, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
