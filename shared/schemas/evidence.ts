import { z } from 'zod';
import { IdSchema } from './common.ts';

/** What a vendor can show for a criterion; which criterion each supports is data (catalog/criteria.json). */
export const EVIDENCE_KINDS = [
  'iso27001',
  'nen7510',
  'pentest',
  'dpia',
  'processing-agreement',
  'accessibility-audit',
] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/** Evidence runs out this many days ahead: the vendor and reviewers are told then. */
export const EXPIRY_WARNING_DAYS = 60;

/** At most 5 MB per document: a pentest summary or a certificate, not a data dump. */
export const MAX_EVIDENCE_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const EvidenceInputSchema = z
  .strictObject({
    kind: EvidenceKindSchema,
    issuer: z.string().trim().min(2).max(200),
    issuedOn: z.iso.date(),
    validUntil: z.iso.date(),
    documentId: IdSchema,
  })
  .refine((e) => e.validUntil > e.issuedOn, {
    path: ['validUntil'],
    message: 'must be after issuedOn',
  });
export type EvidenceInput = z.input<typeof EvidenceInputSchema>;

export const EvidenceStatusSchema = z.enum(['valid', 'expiring', 'expired']);
export type EvidenceStatus = z.infer<typeof EvidenceStatusSchema>;

/** One evidence item as a version carries it (a snapshot: items never change once added). */
export const EvidenceItemSchema = z.object({
  id: z.string(),
  kind: EvidenceKindSchema,
  issuer: z.string(),
  issuedOn: z.iso.date(),
  validUntil: z.iso.date(),
  documentId: z.string(),
  /** The criteria it supports (from catalog/criteria.json). */
  criteria: z.array(z.string()),
  status: EvidenceStatusSchema,
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const EvidenceIdParamsSchema = z.strictObject({ evidenceId: IdSchema });
export const ListingEvidenceParamsSchema = z.strictObject({ id: IdSchema, evidenceId: IdSchema });

export const EvidenceDocumentCreatedSchema = z.object({
  documentId: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

/** The public record per criterion: what was checked and until when, without issuer or document. */
export const PublicEvidenceSchema = z.array(
  z.object({
    criterionId: z.string(),
    kind: EvidenceKindSchema,
    issuedOn: z.iso.date(),
    validUntil: z.iso.date(),
    status: EvidenceStatusSchema,
  }),
);
export type PublicEvidence = z.infer<typeof PublicEvidenceSchema>;

/** The answer of GET /apps/{slug}/evidence. */
export const PublicEvidenceAnswerSchema = z.object({ items: PublicEvidenceSchema });
export type PublicEvidenceAnswer = z.infer<typeof PublicEvidenceAnswerSchema>;

/** Reviewers' queue of live apps whose verdict rests on expired evidence. */
export const OutOfDateAppSchema = z.object({
  slug: z.string(),
  name: z.string(),
  listingId: z.string(),
  status: z.string(),
  expired: z.array(EvidenceItemSchema),
});
export type OutOfDateApp = z.infer<typeof OutOfDateAppSchema>;

/** Status of an item on a given day (YYYY-MM-DD): expired after validUntil, expiring within the warning window. */
export function evidenceStatus(validUntil: string, today: string): EvidenceStatus {
  if (validUntil < today) return 'expired';
  const warnFrom = new Date(`${validUntil}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() - EXPIRY_WARNING_DAYS);
  return today >= warnFrom.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}
