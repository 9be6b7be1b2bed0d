import type { ReviewStatus } from '../../shared/review-state.ts';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { Verdict } from '../../shared/schemas/review.ts';
import type { PendingAuditEvent } from '../audit/audit.service.ts';
import type { EvidenceSnapshot } from '../evidence/evidence.documents.ts';

export interface CriterionVerdict {
  verdict: Verdict;
  note: string;
}

export interface DecisionRecord {
  decision: 'approve' | 'request_changes' | 'reject';
  comment: string;
  at: string;
  reviewerId: string;
  /** What the public register shows (issue 13); the comment stays internal. */
  publicReason?: { nl: string; en: string };
}

/** One submitted version of a listing, as stored in the `versions` collection. */
export interface VersionDoc {
  _id: string;
  listingId: string;
  organisationId: string;
  number: number;
  content: ListingDraft;
  /** The evidence items the vendor submitted with this version (issue 12). */
  evidence?: EvidenceSnapshot[];
  status: ReviewStatus;
  /** Checked in every update's filter: of two racing changes exactly one wins. */
  revision: number;
  submittedAt: string;
  updatedAt: string;
  /** Reviewers who claimed this version (at most two: four eyes). */
  reviewers: string[];
  assessments: Record<string, { criteria: Record<string, CriterionVerdict>; updatedAt: string }>;
  approvals: string[];
  decisions: DecisionRecord[];
  timeline: { status: ReviewStatus; at: string }[];
  /** Set when an upheld objection reopened this rejected version (issue 13): the register links them. */
  reopenedBy?: string;
  /** The submission's audit event until it is in the trail (written with the document). */
  pendingAudit?: PendingAuditEvent;
}

export const VERSIONS = 'versions';
export const VERSION_INDEXES = [
  { field: 'listingId' },
  { field: 'status' },
  { field: 'pendingAudit', sparse: true },
];
