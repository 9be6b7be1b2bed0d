import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { PendingAuditEvent } from '../audit/audit.service.ts';

export type ListingStatus = 'draft' | 'live' | 'suspended' | 'withdrawn';

/** The version residents see and launches use: a reviewed, approved copy of a draft. */
export interface LiveVersion {
  versionId: string;
  number: number;
  content: ListingDraft;
  approvedAt: string;
  assessment: { criterionId: string; outcome: 'pass' | 'not-applicable' }[];
}

/** A listing as stored in the `listings` collection; only repositories see this shape. */
export interface ListingDoc {
  _id: string;
  slug: string;
  organisationId: string;
  status: ListingStatus;
  /** The vendor's working copy; editing it never changes `live`. */
  draft: ListingDraft;
  live: LiveVersion | null;
  clientId: string;
  clientSecretHash: string | null;
  suspension: { reason: string; at: string; by: string } | null;
  /** The version under review, if any: set atomically at submission, so a listing has one at a time. */
  openReview: string | null;
  /** The creation's audit event until it is in the trail (written with the document). */
  pendingAudit?: PendingAuditEvent;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export const LISTINGS = 'listings';
export const LISTING_INDEXES = [
  { field: 'slug', unique: true },
  { field: 'clientId', unique: true },
  { field: 'organisationId' },
  { field: 'status' },
];
