import type {
  VendorListingDetail,
  VendorListingSummary,
  VendorVersion,
} from '../../shared/schemas/vendor.ts';
import type { VersionDoc } from '../review/version.documents.ts';
import type { ListingDoc } from './listing.documents.ts';

export function toVendorSummary(listing: ListingDoc, latest: VersionDoc | undefined): VendorListingSummary {
  return {
    id: listing._id,
    slug: listing.slug,
    name: listing.draft.name,
    status: listing.status,
    organisationId: listing.organisationId,
    clientId: listing.clientId,
    liveVersion: listing.live?.number ?? null,
    latestVersion: latest ? { id: latest._id, number: latest.number, status: latest.status } : null,
    updatedAt: listing.updatedAt,
  };
}

/** What a vendor sees of its versions: outcomes and reasons, never which reviewer said it. */
function toVendorVersion(version: VersionDoc, listing: ListingDoc): VendorVersion {
  return {
    id: version._id,
    number: version.number,
    status: version.status,
    submittedAt: version.submittedAt,
    approvals: version.approvals.length,
    feedback: version.decisions.map((d) => ({ decision: d.decision, comment: d.comment, at: d.at })),
    timeline: version.timeline,
    isLive: listing.live?.versionId === version._id,
  };
}

export function toVendorDetail(listing: ListingDoc, versions: VersionDoc[]): VendorListingDetail {
  return {
    ...toVendorSummary(listing, versions[0]),
    draft: listing.draft,
    hasClientSecret: listing.clientSecretHash !== null,
    suspension: listing.suspension ? { reason: listing.suspension.reason, at: listing.suspension.at } : null,
    versions: versions.map((v) => toVendorVersion(v, listing)),
  };
}
