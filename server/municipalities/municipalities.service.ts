import type { AuditService } from '../audit/audit.service.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { type AuthUser, administersMunicipality } from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { MunicipalityRepository } from './municipality.repository.ts';
import { recentWeeks, type UsageRepository } from './usage.repository.ts';

export function createMunicipalitiesService(deps: {
  municipalities: MunicipalityRepository;
  listings: ListingRepository;
  audit: AuditService;
  catalog: CatalogService;
  usage?: UsageRepository;
}) {
  const { municipalities, listings, audit, catalog } = deps;

  async function load(code: string) {
    const municipality = await municipalities.find(code);
    if (!municipality) throw new NotFoundError(`There is no municipality ${code}.`);
    return municipality;
  }

  /** Changes the offer list with an optimistic retry, so two admins clicking at once both count. */
  async function changeOffers(user: AuthUser, code: string, slug: string, offer: boolean): Promise<void> {
    if (!administersMunicipality(user, code)) {
      throw new ForbiddenError('Only an administrator of this municipality chooses what it offers.');
    }
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
  };
}

export type MunicipalitiesService = ReturnType<typeof createMunicipalitiesService>;
