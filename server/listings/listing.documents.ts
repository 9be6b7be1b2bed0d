import { nameKey } from '../../shared/safe-text.ts';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { PendingAuditEvent } from '../audit/audit.service.ts';
import type { EvidenceSnapshot } from '../evidence/evidence.documents.ts';

export type ListingStatus = 'draft' | 'live' | 'suspended' | 'withdrawn';

/** The version residents see and launches use: a reviewed, approved copy of a draft. */
export interface LiveVersion {
  versionId: string;
  number: number;
  content: ListingDraft;
  approvedAt: string;
  /** `assessedAt`: when the verdict was given; older than approvedAt when it carried over (decision 060). */
  assessment: { criterionId: string; outcome: 'pass' | 'not-applicable'; assessedAt?: string }[];
  /** The evidence the approved version carried (issue 12); absent on versions from before it. */
  evidence?: EvidenceSnapshot[];
  organisationId?: string;
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

/**
 * A listing as it lies in the collection: a draft equal to the live content (the usual case
 * after an approval) is stored once, as `draft: null`, which halves what a catalog of thousands
 * of listings costs to load and hold. Only listing.repository.ts and the catalog snapshot read
 * this shape; everything else sees ListingDoc.
 */
export type StoredListingDoc = Omit<ListingDoc, 'draft'> & { draft: ListingDraft | null } & NameKeys;

/**
 * Indexed keys of the draft's and the live version's names, so "is this name taken?" is one
 * indexed read (shared/safe-text.ts nameKey; issue 9, decision 082). Absent on documents an
 * earlier version wrote until the boot backfill.
 */
export interface NameKeys {
  draftNameKey?: string;
  liveNameKey?: string | null;
}

export function nameKeysOf(draft: ListingDraft | null, live: LiveVersion | null | undefined): NameKeys {
  const keys: NameKeys = {};
  const draftName = draft?.name ?? live?.content.name;
  if (draftName !== undefined) keys.draftNameKey = nameKey(draftName);
  if (live !== undefined) keys.liveNameKey = live ? nameKey(live.content.name) : null;
  return keys;
}

/** The stored form of a listing: the draft is left out when it is the live content. */
export function toStored(doc: ListingDoc): StoredListingDoc {
  return { ...doc, draft: storedDraft(doc.draft, doc.live), ...nameKeysOf(doc.draft, doc.live) };
}

/** `null` when the draft is the live content (compared as serialised; key order comes from one schema). */
export function storedDraft(draft: ListingDraft, live: LiveVersion | null): ListingDraft | null {
  return live && JSON.stringify(draft) === JSON.stringify(live.content) ? null : draft;
}

export function fromStored({ draftNameKey: _d, liveNameKey: _l, ...stored }: StoredListingDoc): ListingDoc {
  if (stored.draft) return stored as ListingDoc;
  if (!stored.live) throw new Error(`listing ${stored._id} has neither a draft nor live content`);
  return { ...stored, draft: stored.live.content };
}

export const LISTINGS = 'listings';
export const LISTING_INDEXES = [
  { field: 'slug', unique: true },
  { field: 'clientId', unique: true },
  { field: 'organisationId' },
  { field: 'status' },
  { field: 'draftNameKey' },
  { field: 'liveNameKey' },
  { field: 'pendingAudit', sparse: true },
];
