import type { EvidenceKind } from '../../shared/schemas/evidence.ts';

/** What a version carries of one evidence item: a snapshot, since items never change once added. */
export interface EvidenceSnapshot {
  id: string;
  kind: EvidenceKind;
  issuer: string;
  issuedOn: string;
  validUntil: string;
  documentId: string;
}

/** An evidence item of a listing, as stored in `evidence`. */
export interface EvidenceDoc extends EvidenceSnapshot {
  _id: string;
  listingId: string;
  organisationId: string;
  /** Taken out of the vendor's working set; versions that carry it keep their snapshot. */
  removed: boolean;
  createdAt: string;
  createdBy: string;
}

/** An uploaded PDF, as stored in `evidence_documents` (through the store port: every instance reads it). */
export interface EvidenceFileDoc {
  _id: string;
  listingId: string;
  organisationId: string;
  size: number;
  sha256: string;
  /** The PDF, base64: the port stores JSON documents. */
  data: string;
  createdAt: string;
}

/** That a notice about an item's expiry was sent: written after its notifications, so a rerun repeats none. */
export interface ExpiryNoticeDoc {
  _id: string;
  evidenceId: string;
  stage: 'expiring' | 'expired';
  at: string;
}

export const EVIDENCE = 'evidence';
export const EVIDENCE_FILES = 'evidence_documents';
export const EXPIRY_NOTICES = 'evidence_expiry_notices';

export function snapshotOf(doc: EvidenceDoc): EvidenceSnapshot {
  return {
    id: doc.id,
    kind: doc.kind,
    issuer: doc.issuer,
    issuedOn: doc.issuedOn,
    validUntil: doc.validUntil,
    documentId: doc.documentId,
  };
}
