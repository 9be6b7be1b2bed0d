import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { type AuthUser, isPlatformAdmin, isReviewer } from '../identity/identity.types.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { RegisterService } from '../register/register.service.ts';

type PublicReason = { nl: string; en?: string | undefined } | undefined;

export function createSuspensionService(deps: {
  listings: ListingRepository;
  audit: AuditService;
  catalog: CatalogService;
  register: RegisterService;
}) {
  const { listings, audit, catalog, register } = deps;
  const reasonOf = (p: PublicReason) => (p ? { nl: p.nl, en: p.en ?? '' } : null);

  function requireReviewerOrAdmin(user: AuthUser): void {
    if (!isReviewer(user) && !isPlatformAdmin(user)) throw new ForbiddenError('Only reviewers suspend apps.');
  }

  async function suspendListing(
    user: AuthUser,
    listing: ListingDoc,
    reason: string,
    publicReason?: PublicReason,
  ): Promise<void> {
    const suspension = { reason, at: new Date().toISOString(), by: user.id };
    const updated = await listings.updateAtRevision(
      listing._id,
      listing.revision,
      { $set: { status: 'suspended', suspension } },
      { status: 'live' },
    );
    if (!updated) throw new ConflictError('The app was changed meanwhile. Reload and try again.');
    await catalog.changed();
    await audit.record({
      actor: user,
      action: 'listing.suspended',
      subject: { type: 'listing', id: listing._id },
      reason,
    });
    // Every suspension is a public decision, an incident's too; without a public reason the
    // register shows its standard text (issue 13).
    await register.record({
      kind: 'suspension',
      at: suspension.at,
      listing: { ...listing, name: listing.live?.content.name ?? listing.draft.name },
      version: listing.live?.number ?? null,
      reason: reasonOf(publicReason),
      deciders: [user.id],
    });
  }

  return {
    async listSuspended(user: AuthUser) {
      requireReviewerOrAdmin(user);
      return (await listings.listByStatus('suspended')).map((l) => ({
        slug: l.slug,
        name: l.live?.content.name ?? l.draft.name,
        reason: l.suspension?.reason ?? '',
        at: l.suspension?.at ?? l.updatedAt,
      }));
    },

    /** Takes a live app off the catalog at once; launches are refused from this moment. */
    async suspend(user: AuthUser, slug: string, reason: string, publicReason?: PublicReason): Promise<void> {
      requireReviewerOrAdmin(user);
      const listing = await listings.findBySlug(slug);
      if (!listing) throw new NotFoundError(`There is no app "${slug}".`);
      if (listing.status !== 'live')
        throw new ConflictError(
          `The app is ${listing.status}, not live.`,
          listing.status === 'suspended' ? 'already-suspended' : undefined,
        );
      await suspendListing(user, listing, reason, publicReason);
    },

    /**
     * An incident of severity high suspends at once, whoever may report it (issue 12); false when
     * the app was not live (already suspended, say).
     */
    async suspendForIncident(user: AuthUser, slug: string, reason: string): Promise<boolean> {
      const listing = await listings.findBySlug(slug);
      if (listing?.status !== 'live') return false;
      await suspendListing(user, listing, reason);
      return true;
    },

    /** Puts a suspended app back in the catalog. */
    async reinstate(
      user: AuthUser,
      slug: string,
      options: { reason?: string; publicReason?: PublicReason; relatedDecisionId?: string } = {},
    ): Promise<void> {
      requireReviewerOrAdmin(user);
      const listing = await listings.findBySlug(slug);
      if (!listing) throw new NotFoundError(`There is no app "${slug}".`);
      if (listing.status !== 'suspended')
        throw new ConflictError(`The app is ${listing.status}, not suspended.`, 'not-suspended');
      const updated = await listings.updateAtRevision(
        listing._id,
        listing.revision,
        { $set: { status: 'live', suspension: null } },
        { status: 'suspended' },
      );
      if (!updated) throw new ConflictError('The app was changed meanwhile. Reload and try again.');
      await catalog.changed();
      await audit.record({
        actor: user,
        action: 'listing.reinstated',
        subject: { type: 'listing', id: listing._id },
        reason: options.reason ?? null,
        details: options.relatedDecisionId ? { objectionDecisionId: options.relatedDecisionId } : {},
      });
      await register.record({
        kind: 'reinstatement',
        at: new Date().toISOString(),
        listing: { ...listing, name: listing.live?.content.name ?? listing.draft.name },
        version: listing.live?.number ?? null,
        reason: reasonOf(options.publicReason),
        relatedDecisionId: options.relatedDecisionId ?? null,
        deciders: [user.id],
      });
    },
  };
}

export type SuspensionService = ReturnType<typeof createSuspensionService>;
