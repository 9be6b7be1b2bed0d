import type {
  VendorListingDetail,
  VendorListingSummary,
  VendorVersion,
} from '../../shared/schemas/vendor.ts';
import type { VersionDoc } from '../review/version.documents.ts';
import type { ListingDoc } from './listing.documents.ts';

/**
 * The live version as a version entry when it has no version document: the seeded catalogue's
 * version 1 was approved before this platform kept versions. Without it a live app read "not
 * submitted yet" (issue 11 item 8).
 */
function liveWithoutDocument(listing: ListingDoc, versions: VersionDoc[]): VendorVersion | null {
  const live = listing.live;
  if (!live || versions.some((v) => v._id === live.versionId)) return null;
  return {
    id: live.versionId,
    number: live.number,
    status: 'approved',
    submittedAt: live.approvedAt,
    approvals: 2,
    feedback: [],
    timeline: [{ status: 'approved', at: live.approvedAt }],
    isLive: true,
  };
}

export function toVendorSummary(listing: ListingDoc, latest: VersionDoc | undefined): VendorListingSummary {
  const live = listing.live;
  const latestVersion = latest
    ? { id: latest._id, number: latest.number, status: latest.status }
    : live
      ? { id: live.versionId, number: live.number, status: 'approved' as const }
      : null;
  return {
    id: listing._id,
    slug: listing.slug,
    name: listing.draft.name,
    status: listing.status,
    organisationId: listing.organisationId,
    clientId: listing.clientId,
    liveVersion: listing.live?.number ?? null,
    latestVersion,
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
    feedback: version.decisions.map((d) => ({
      decision: d.decision,
      comment: d.comment,
      at: d.at,
      ...(d.fieldComments ? { fieldComments: d.fieldComments } : {}),
    })),
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
    versions: [
      ...versions.map((v) => toVendorVersion(v, listing)),
      ...[liveWithoutDocument(listing, versions)].filter((v): v is VendorVersion => v !== null),
    ],
  };
}
