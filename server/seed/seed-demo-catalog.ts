import type { Logger } from 'pino';
import type { CatalogFiles } from '../catalog/catalog-files.ts';
import { LISTING_INDEXES, LISTINGS, type ListingDoc, toStored } from '../listings/listing.documents.ts';
import {
  MUNICIPALITIES,
  MUNICIPALITY_INDEXES,
  type MunicipalityDoc,
  ORGANISATIONS,
  type OrganisationDoc,
} from '../municipalities/municipality.documents.ts';
import { DuplicateKeyError, type IndexSpec, type Store, type StoredDocument } from '../store/store.port.ts';

/** Inserts each document that is not there yet, so a restart (or a second instance) changes nothing. */
async function insertMissing<T extends StoredDocument>(
  store: Store,
  name: string,
  docs: T[],
  indexes: IndexSpec[] = [],
) {
  const collection = await store.collection<T>(name, indexes);
  let inserted = 0;
  for (const doc of docs) {
    if (await collection.findOne({ _id: doc._id })) continue;
    try {
      await collection.insertOne(doc);
      inserted += 1;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  return inserted;
}

/** Seeds the demo catalog from catalog/ into the store, idempotently; true when it added anything. */
export async function seedDemoCatalog(store: Store, files: CatalogFiles, logger: Logger): Promise<boolean> {
  const organisations: OrganisationDoc[] = files.organisations.map((o) => ({
    _id: o.id,
    name: o.name,
    kvk: o.kvk,
    website: o.website,
  }));
  const municipalities: MunicipalityDoc[] = files.municipalities.map((m) => ({
    _id: m.code,
    name: m.name,
    province: m.province,
    offers: m.offers,
    revision: 0,
  }));
  const listings: ListingDoc[] = files.listings.map((seed) => {
    const at = `${seed.approvedAt}T09:00:00.000Z`;
    return {
      _id: seed.id,
      slug: seed.slug,
      organisationId: seed.organisationId,
      status: seed.status,
      draft: seed.draft,
      live: {
        versionId: `${seed.id}-v1`,
        number: 1,
        content: seed.draft,
        approvedAt: at,
        assessment: files.criteria.map((c) => ({ criterionId: c.id, outcome: 'pass' as const })),
      },
      clientId: `app-${seed.slug}`,
      clientSecretHash: null,
      suspension:
        seed.status === 'suspended'
          ? { reason: 'Tijdelijk uit de catalogus tijdens een nieuw beveiligingsonderzoek.', at, by: 'seed' }
          : null,
      openReview: null,
      revision: 0,
      createdAt: at,
      updatedAt: at,
    };
  });

  const counts = {
    organisations: await insertMissing(store, ORGANISATIONS, organisations),
    municipalities: await insertMissing(store, MUNICIPALITIES, municipalities, MUNICIPALITY_INDEXES),
    listings: await insertMissing(store, LISTINGS, listings.map(toStored), LISTING_INDEXES),
  };
  const inserted = Object.values(counts).some((n) => n > 0);
  if (inserted) logger.info({ inserted: counts }, 'seeded demo catalog');
  return inserted;
}
