import { createHash, randomUUID } from 'node:crypto';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import {
  type EvidenceInput,
  type EvidenceItem,
  evidenceStatus,
  MAX_EVIDENCE_DOCUMENT_BYTES,
  type OutOfDateApp,
  type PublicEvidence,
} from '../../shared/schemas/evidence.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import {
  type AuthUser,
  isPlatformAdmin,
  isReviewer,
  vendorOrganisations,
} from '../identity/identity.types.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import { type EvidenceDoc, type EvidenceSnapshot, snapshotOf } from './evidence.documents.ts';
import type { EvidenceRepository } from './evidence.repository.ts';
import { looksLikePdf } from './pdf.ts';

interface Deps {
  evidence: EvidenceRepository;
  listings: ListingRepository;
  audit: AuditService;
  criteria: Criterion[];
}

export const today = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** The criteria an evidence kind supports, as catalog/criteria.json says. */
export function criteriaOfKind(criteria: Criterion[], kind: string): string[] {
  return criteria.filter((c) => c.evidenceKinds?.includes(kind as never)).map((c) => c.id);
}

export function createEvidenceService(deps: Deps) {
  const { evidence, listings, audit, criteria } = deps;

  /** A listing of another organisation is "not found": its existence is not revealed. */
  async function ownListing(user: AuthUser, listingId: string): Promise<ListingDoc> {
    const organisations = vendorOrganisations(user);
    if (organisations.length === 0)
      throw new ForbiddenError('Only members of a vendor organisation add evidence.');
    const listing = await listings.findById(listingId);
    if (!listing || !organisations.includes(listing.organisationId))
      throw new NotFoundError('No such listing.');
    if (listing.status === 'withdrawn') throw new ConflictError('The listing is withdrawn.');
    return listing;
  }

  function view(items: EvidenceSnapshot[], day: string): EvidenceItem[] {
    return items.map((item) => ({
      ...item,
      criteria: criteriaOfKind(criteria, item.kind),
      status: evidenceStatus(item.validUntil, day),
    }));
  }

  return {
    view,

    /** Stores an uploaded PDF for a listing; its id is what an evidence item then refers to. */
    async uploadDocument(user: AuthUser, listingId: string, body: unknown) {
      const listing = await ownListing(user, listingId);
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      if (bytes.length === 0 || bytes.length > MAX_EVIDENCE_DOCUMENT_BYTES || !looksLikePdf(bytes)) {
        throw new ValidationError([
          { in: 'body', field: '(root)', message: 'a PDF document of at most 5 MB' },
        ]);
      }
      const doc = {
        _id: `doc-${randomUUID()}`,
        listingId,
        organisationId: listing.organisationId,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        data: bytes.toString('base64'),
        createdAt: new Date().toISOString(),
      };
      await evidence.insertFile(doc);
      return { documentId: doc._id, size: doc.size, sha256: doc.sha256 };
    },

    /** Adds an evidence item to the vendor's working set; the next submission carries it. */
    async add(user: AuthUser, listingId: string, input: EvidenceInput): Promise<EvidenceItem> {
      const listing = await ownListing(user, listingId);
      const file = await evidence.findFile(input.documentId);
      if (!file || file.listingId !== listingId) {
        throw new ValidationError([
          { in: 'body', field: 'documentId', message: 'upload the document for this listing first' },
        ]);
      }
      if (input.issuedOn > today()) {
        throw new ValidationError([{ in: 'body', field: 'issuedOn', message: 'cannot be in the future' }]);
      }
      const id = `evd-${randomUUID()}`;
      const doc: EvidenceDoc = {
        _id: id,
        id,
        listingId,
        organisationId: listing.organisationId,
        kind: input.kind,
        issuer: input.issuer,
        issuedOn: input.issuedOn,
        validUntil: input.validUntil,
        documentId: input.documentId,
        removed: false,
        createdAt: new Date().toISOString(),
        createdBy: user.id,
      };
      await evidence.insertItem(doc);
      await audit.record({
        actor: user,
        action: 'evidence.added',
        subject: { type: 'listing', id: listingId },
        details: { evidenceId: id, kind: input.kind, validUntil: input.validUntil },
      });
      return view([snapshotOf(doc)], today())[0] as EvidenceItem;
    },

    async listCurrent(user: AuthUser, listingId: string): Promise<EvidenceItem[]> {
      await ownListing(user, listingId);
      return view((await evidence.listCurrent(listingId)).map(snapshotOf), today());
    },

    async remove(user: AuthUser, listingId: string, evidenceId: string): Promise<void> {
      await ownListing(user, listingId);
      if (!(await evidence.remove(listingId, evidenceId))) throw new NotFoundError('No such evidence.');
      await audit.record({
        actor: user,
        action: 'evidence.removed',
        subject: { type: 'listing', id: listingId },
        details: { evidenceId },
      });
    },

    /** The working set as the next version carries it. */
    async snapshot(listingId: string): Promise<EvidenceSnapshot[]> {
      return (await evidence.listCurrent(listingId)).map(snapshotOf);
    },

    /** A document, for reviewers, municipality admins and the vendor's own organisation only. */
    async document(user: AuthUser, documentId: string): Promise<Buffer> {
      const file = await evidence.findFile(documentId);
      const staff =
        isReviewer(user) ||
        isPlatformAdmin(user) ||
        user.memberships.some((m) => m.role === 'municipality-admin');
      const own = file ? vendorOrganisations(user).includes(file.organisationId) : false;
      // The same answer whether or not the document exists: no oracle for ids.
      if (!staff && !own) throw new ForbiddenError('Only reviewers and municipality admins read evidence.');
      if (!file) throw new NotFoundError('No such document.');
      return Buffer.from(file.data, 'base64');
    },

    /** Per criterion of a live app: what was checked and until when (public). */
    async publicEvidence(slug: string, day = today()): Promise<PublicEvidence> {
      const listing = await listings.findBySlug(slug);
      if (!listing?.live || listing.status !== 'live') throw new NotFoundError(`There is no app "${slug}".`);
      return view(listing.live.evidence ?? [], day).flatMap((item) =>
        item.criteria.map((criterionId) => ({
          criterionId,
          kind: item.kind,
          issuedOn: item.issuedOn,
          validUntil: item.validUntil,
          status: item.status,
        })),
      );
    },

    /** Reviewers' queue: apps whose live verdict rests on expired evidence. Nothing is suspended by it. */
    async outOfDate(user: AuthUser, day = today()): Promise<OutOfDateApp[]> {
      if (!isReviewer(user) && !isPlatformAdmin(user))
        throw new ForbiddenError('Only reviewers see this queue.');
      const published = [
        ...(await listings.listByStatus('live')),
        ...(await listings.listByStatus('suspended')),
      ];
      return published.flatMap((listing) => {
        const expired = view(listing.live?.evidence ?? [], day).filter((i) => i.status === 'expired');
        if (!listing.live || expired.length === 0) return [];
        return [
          {
            slug: listing.slug,
            name: listing.live.content.name,
            listingId: listing._id,
            status: listing.status,
            expired,
          },
        ];
      });
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
