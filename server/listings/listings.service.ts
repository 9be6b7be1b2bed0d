import { randomUUID } from 'node:crypto';
import { canTransition, OPEN_REVIEW_STATUSES } from '../../shared/review-state.ts';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { VendorListingDetail, VendorListingSummary } from '../../shared/schemas/vendor.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import type { EvidenceSnapshot } from '../evidence/evidence.documents.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { type AuthUser, vendorOrganisations } from '../identity/identity.types.ts';
import type { MediaService } from '../media/media.service.ts';
import type { VersionDoc } from '../review/version.documents.ts';
import type { VersionRepository } from '../review/version.repository.ts';
import { DuplicateKeyError } from '../store/store.port.ts';
import { newClientId, newClientSecret } from './client-secret.ts';
import { mediaErrors, nameErrors, throwIfAny } from './content-policy.ts';
import { launchUrlErrors, normaliseLaunchUrls } from './launch-policy.ts';
import type { ListingDoc } from './listing.documents.ts';
import type { ListingRepository } from './listing.repository.ts';
import { toVendorDetail, toVendorSummary } from './listing.views.ts';
import { slugify } from './slug.ts';

interface Deps {
  listings: ListingRepository;
  versions: VersionRepository;
  audit: AuditService;
  catalog: CatalogService;
  allowLoopbackLaunchUrls: boolean;
  /** The evidence a submission carries (server/evidence); none when not wired. */
  evidenceSnapshot?: (listingId: string) => Promise<EvidenceSnapshot[]>;
  /** Uploaded images (server/media): which a draft may show, and clearing those nothing uses. */
  media?: Pick<MediaService, 'draftErrors' | 'afterDraftSaved'>;
  /** Limits a real deployment sets on vendor writes (issue 9, docs/operations.md). */
  limits: { listingsPerOrganisation: number; draftSaves: RateLimiter };
}

export function createListingsService(deps: Deps) {
  const { listings, versions, audit, catalog } = deps;

  function organisationsOf(user: AuthUser): string[] {
    const organisations = vendorOrganisations(user);
    if (organisations.length === 0)
      throw new ForbiddenError('Only members of a vendor organisation manage listings.');
    return organisations;
  }

  /** A listing of another organisation is "not found": its existence is not revealed. */
  async function ownListing(user: AuthUser, id: string): Promise<ListingDoc> {
    const organisations = organisationsOf(user);
    const listing = await listings.findById(id);
    if (!listing || !organisations.includes(listing.organisationId))
      throw new NotFoundError('No such listing.');
    return listing;
  }

  async function detail(listing: ListingDoc): Promise<VendorListingDetail> {
    return toVendorDetail(listing, await versions.listByListing(listing._id));
  }

  async function uniqueSlug(name: string): Promise<string> {
    const base = slugify(name);
    for (let n = 1; n < 100; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await listings.slugTaken(candidate))) return candidate;
    }
    return `${base}-${randomUUID().slice(0, 8)}`;
  }

  /** Everything a saved draft must hold besides its schema: launch hosts, own media, a name of its own. */
  async function checkContent(draft: ListingDraft, organisationId: string, listingId: string | null) {
    const own = await listings.listByOrganisations([organisationId]);
    throwIfAny([
      ...(await nameErrors(listings, draft, listingId)),
      ...launchUrlErrors(draft, deps.allowLoopbackLaunchUrls),
      ...mediaErrors(draft, new Set(own.map((l) => l.slug))),
      ...((await deps.media?.draftErrors(listingId, draft)) ?? []),
    ]);
    return own;
  }

  const stale = () => new ConflictError('The listing was changed meanwhile. Reload and try again.');

  return {
    /** The listings of the vendor's own organisations. */
    async list(user: AuthUser): Promise<VendorListingSummary[]> {
      const own = await listings.listByOrganisations(organisationsOf(user));
      return Promise.all(own.map(async (l) => toVendorSummary(l, (await versions.listByListing(l._id))[0])));
    },

    async get(user: AuthUser, id: string): Promise<VendorListingDetail> {
      return detail(await ownListing(user, id));
    },

    /** Creates a listing with its first draft; the slug comes from the name and never changes. */
    async create(user: AuthUser, input: ListingDraft, organisationId?: string): Promise<VendorListingDetail> {
      const organisations = organisationsOf(user);
      const organisation = organisationId ?? organisations[0];
      if (!organisation || !organisations.includes(organisation)) {
        throw new ValidationError([
          { in: 'body', field: 'organisationId', message: 'not your organisation' },
        ]);
      }
      await deps.limits.draftSaves.hit(organisation);
      const draft = normaliseLaunchUrls(input);
      const own = await checkContent(draft, organisation, null);
      if (own.length >= deps.limits.listingsPerOrganisation) {
        throw new ConflictError(
          `Your organisation has ${own.length} listings, the most allowed. Withdraw one or ask the platform team.`,
        );
      }
      const at = new Date().toISOString();
      for (let attempt = 0; ; attempt += 1) {
        const doc: ListingDoc = {
          _id: `lst-${randomUUID()}`,
          slug: await uniqueSlug(draft.name),
          organisationId: organisation,
          status: 'draft',
          draft,
          live: null,
          clientId: newClientId(),
          clientSecretHash: null,
          suspension: null,
          openReview: null,
          revision: 0,
          createdAt: at,
          updatedAt: at,
        };
        doc.pendingAudit = audit.prepare({
          actor: user,
          action: 'listing.created',
          subject: { type: 'listing', id: doc._id },
        });
        try {
          await listings.insert(doc);
        } catch (error) {
          // Two vendors naming an app alike at the same moment: take the next free slug.
          if (error instanceof DuplicateKeyError && attempt < 3) continue;
          throw error;
        }
        // The event was written with the listing; now it goes to the trail.
        await audit.commit(doc.pendingAudit);
        await listings.clearPendingAudit(doc._id);
        delete doc.pendingAudit;
        return detail(doc);
      }
    },

    /** Replaces the working draft; what is live stays as it was reviewed. */
    async updateDraft(user: AuthUser, id: string, input: ListingDraft): Promise<VendorListingDetail> {
      const listing = await ownListing(user, id);
      if (listing.status === 'withdrawn') throw new ConflictError('A withdrawn listing cannot be changed.');
      await deps.limits.draftSaves.hit(listing.organisationId);
      const draft = normaliseLaunchUrls(input);
      await checkContent(draft, listing.organisationId, id);
      const updated = await listings.updateAtRevision(id, listing.revision, { $set: { draft } });
      if (!updated) throw stale();
      await audit.record({ actor: user, action: 'listing.draft-updated', subject: { type: 'listing', id } });
      await deps.media?.afterDraftSaved(updated);
      return detail(updated);
    },

    /** Submits the draft for review: a new version, or the same version again after changes were requested. */
    async submit(user: AuthUser, id: string): Promise<{ versionId: string; number: number }> {
      const listing = await ownListing(user, id);
      if (listing.status === 'withdrawn') throw new ConflictError('A withdrawn listing cannot be submitted.');
      await deps.limits.draftSaves.hit(listing.organisationId);
      // A draft saved before these checks existed is checked again before anyone reviews it.
      await checkContent(listing.draft, listing.organisationId, id);
      const existing = await versions.listByListing(id);
      const latest = existing[0];
      if (latest && OPEN_REVIEW_STATUSES.includes(latest.status)) {
        throw new ConflictError(`Version ${latest.number} is still being reviewed.`);
      }
      const at = new Date().toISOString();
      const evidence = (await deps.evidenceSnapshot?.(id)) ?? [];
      const versionId =
        latest && canTransition(latest.status, 'resubmit', 'submitted') ? latest._id : `ver-${randomUUID()}`;
      // The listing's open-review marker is the lock: of parallel submissions exactly one sets it.
      if (!(await listings.openReview(id, versionId))) {
        throw new ConflictError('A version of this listing is already being reviewed.');
      }
      if (latest && latest._id === versionId) {
        const resubmitted = await versions.updateAtRevision(
          latest._id,
          latest.revision,
          {
            $set: {
              content: listing.draft,
              evidence,
              status: 'submitted',
              submittedAt: at,
              updatedAt: at,
              reviewers: [],
              approvals: [],
              assessments: {},
            },
            $push: { timeline: { status: 'submitted', at } },
          },
          { status: latest.status },
        );
        if (!resubmitted) {
          await listings.closeReview(id, versionId);
          throw stale();
        }
        await audit.record({
          actor: user,
          action: 'version.resubmitted',
          subject: { type: 'version', id: latest._id },
          related: [id],
          details: { number: latest.number },
        });
        return { versionId: latest._id, number: latest.number };
      }
      const version: VersionDoc = {
        _id: versionId,
        listingId: id,
        organisationId: listing.organisationId,
        // The live version may have no version document (the seeded catalog's version 1), so the
        // next number counts it too: otherwise it would repeat the live number and an approval
        // could never replace it (issue 11 item 1).
        number: Math.max(latest?.number ?? 0, listing.live?.number ?? 0) + 1,
        content: listing.draft,
        evidence,
        status: 'submitted',
        revision: 0,
        submittedAt: at,
        updatedAt: at,
        reviewers: [],
        assessments: {},
        approvals: [],
        decisions: [],
        timeline: [{ status: 'submitted', at }],
      };
      version.pendingAudit = audit.prepare({
        actor: user,
        action: 'version.submitted',
        subject: { type: 'version', id: version._id },
        related: [id],
        details: { number: version.number },
      });
      await versions.insert(version).catch(async (error: unknown) => {
        await listings.closeReview(id, versionId);
        throw error;
      });
      await audit.commit(version.pendingAudit);
      await versions.clearPendingAudit(version._id);
      return { versionId: version._id, number: version.number };
    },

    /** Takes the listing off the catalog for good, at the vendor's request. */
    async withdraw(user: AuthUser, id: string): Promise<VendorListingDetail> {
      const listing = await ownListing(user, id);
      if (listing.status === 'withdrawn') throw new ConflictError('The listing is already withdrawn.');
      const updated = await listings.updateAtRevision(id, listing.revision, {
        $set: { status: 'withdrawn' },
      });
      if (!updated) throw stale();
      await audit.record({ actor: user, action: 'listing.withdrawn', subject: { type: 'listing', id } });
      if (listing.status === 'live') await catalog.changed();
      return detail(updated);
    },

    /** A new client secret, shown once; only its hash is kept and the previous one stops working. */
    async rotateClientSecret(
      user: AuthUser,
      id: string,
    ): Promise<{ clientId: string; clientSecret: string }> {
      const listing = await ownListing(user, id);
      if (listing.status === 'withdrawn') throw new ConflictError('A withdrawn listing has no credentials.');
      await deps.limits.draftSaves.hit(listing.organisationId);
      const { secret, hash } = newClientSecret();
      const updated = await listings.updateAtRevision(id, listing.revision, {
        $set: { clientSecretHash: hash },
      });
      if (!updated) throw stale();
      await audit.record({
        actor: user,
        action: 'listing.client-secret-rotated',
        subject: { type: 'listing', id },
      });
      return { clientId: listing.clientId, clientSecret: secret };
    },
  };
}

export type ListingsService = ReturnType<typeof createListingsService>;
