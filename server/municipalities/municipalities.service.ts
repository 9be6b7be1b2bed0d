import type { LocalInfo, OfferConditions, OfferStatus } from '../../shared/schemas/offer-conditions.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { type AuthUser, administersMunicipality } from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { AppRequestRepository } from './app-request.repository.ts';
import type { MunicipalityRepository } from './municipality.repository.ts';
import type { OfferConditionsRepository } from './offer-conditions.repository.ts';
import { offerCheck } from './offer-visibility.ts';
import { recentWeeks, type UsageRepository } from './usage.repository.ts';

export function createMunicipalitiesService(deps: {
  municipalities: MunicipalityRepository;
  listings: ListingRepository;
  audit: AuditService;
  catalog: CatalogService;
  conditions: OfferConditionsRepository;
  usage?: UsageRepository;
  appRequests?: AppRequestRepository;
}) {
  const { municipalities, listings, audit, catalog, conditions } = deps;

  function requireAdmin(user: AuthUser, code: string): void {
    if (!administersMunicipality(user, code)) {
      throw new ForbiddenError('Only an administrator of this municipality chooses what it offers.');
    }
  }

  async function load(code: string) {
    const municipality = await municipalities.find(code);
    if (!municipality) throw new NotFoundError(`There is no municipality ${code}.`);
    return municipality;
  }

  /** Changes the offer list with an optimistic retry, so two admins clicking at once both count. */
  async function changeOffers(user: AuthUser, code: string, slug: string, offer: boolean): Promise<void> {
    requireAdmin(user, code);
    const listing = await listings.findBySlug(slug);
    if (offer && listing?.status !== 'live') {
      throw new NotFoundError(`There is no live app "${slug}" to offer.`);
    }
    // The log names the app (issue 11 item 12); the name as residents saw it.
    const name = listing?.live?.content.name ?? listing?.draft.name ?? slug;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const municipality = await load(code);
      const has = municipality.offers.includes(slug);
      if (has === offer) return;
      const offers = offer ? [...municipality.offers, slug] : municipality.offers.filter((s) => s !== slug);
      if (await municipalities.setOffers(code, municipality.revision, offers)) {
        // Offered: the residents' requests are answered, and nothing is kept of them (decision 105).
        if (offer) await deps.appRequests?.removeAnswered(code, slug);
        await catalog.changed();
        await audit.record({
          actor: user,
          action: offer ? 'municipality.offered-app' : 'municipality.stopped-offering-app',
          subject: { type: 'municipality', id: code },
          details: { slug, name },
        });
        return;
      }
    }
    throw new ConflictError('The offer list kept changing. Try again.');
  }

  return {
    /** Launches per app and week by the municipality's residents; for its administrators only. */
    async usage(user: AuthUser, code: string) {
      if (!administersMunicipality(user, code)) {
        throw new ForbiddenError('Only an administrator of this municipality sees its usage figures.');
      }
      const municipality = await load(code);
      const weeks = recentWeeks(new Date());
      const counts = (await deps.usage?.forMunicipality(code, weeks[0] ?? '')) ?? [];
      const apps = municipality.offers.map((slug) => ({
        slug,
        launches: weeks.map((week) => counts.find((c) => c.slug === slug && c.week === week)?.launches ?? 0),
      }));
      return { code, weeks, apps };
    },
    async offers(code: string) {
      const municipality = await load(code);
      return { code, name: municipality.name, offers: municipality.offers };
    },
    /** Offers a live app to the municipality's residents (idempotent). */
    offer: (user: AuthUser, code: string, slug: string) => changeOffers(user, code, slug, true),
    /** Stops offering an app (idempotent). */
    stopOffering: (user: AuthUser, code: string, slug: string) => changeOffers(user, code, slug, false),

    /** Per offered app (and app with conditions set ahead of offering): what is missing and what expires. */
    async offerStatuses(user: AuthUser, code: string): Promise<OfferStatus[]> {
      requireAdmin(user, code);
      const municipality = await load(code);
      const saved = new Map((await conditions.listByMunicipality(code)).map((d) => [d.slug, d.conditions]));
      const slugs = [...new Set([...municipality.offers, ...saved.keys()])].sort();
      const now = Date.now();
      return Promise.all(
        slugs.map(async (slug) => {
          const own = saved.get(slug) ?? null;
          const check = offerCheck(own, now);
          const listing = await listings.findBySlug(slug);
          const offered = municipality.offers.includes(slug);
          return {
            slug,
            name: listing?.live?.content.name ?? slug,
            offered,
            visible: offered && listing?.status === 'live' && check.visible,
            conditions: own,
            missing: check.missing,
            expiring: check.expiring,
            goLiveAhead: check.goLiveAhead,
          };
        }),
      );
    },

    /** Records the municipality's own conditions for offering a live app; residents see it only when met. */
    async setConditions(
      user: AuthUser,
      code: string,
      slug: string,
      input: OfferConditions,
    ): Promise<OfferStatus> {
      requireAdmin(user, code);
      await load(code);
      const listing = await listings.findBySlug(slug);
      if (!listing?.live) throw new NotFoundError(`There is no live app "${slug}".`);
      await conditions.save(code, slug, input);
      await catalog.changed();
      await audit.record({
        actor: user,
        action: 'municipality.set-offer-conditions',
        subject: { type: 'municipality', id: code },
        details: { slug, goLiveDate: input.goLiveDate, required: input.required },
      });
      const statuses = await this.offerStatuses(user, code);
      return statuses.find((s) => s.slug === slug) as OfferStatus;
    },

    /** The local note and contact residents see on the app page, only for an offer they can see. */
    async localInfo(code: string, slug: string): Promise<LocalInfo> {
      const municipality = await load(code);
      const own = await conditions.find(code, slug);
      if (!municipality.offers.includes(slug) || !offerCheck(own, Date.now()).visible)
        throw new NotFoundError(`${municipality.name} does not offer "${slug}".`);
      return { note: own?.localNote ?? null, contact: own?.localContact ?? null };
    },
  };
}

export type MunicipalitiesService = ReturnType<typeof createMunicipalitiesService>;
