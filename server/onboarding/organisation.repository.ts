import { randomUUID } from 'node:crypto';
import { ORGANISATIONS } from '../municipalities/municipality.documents.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/** The organisations collection as onboarding sees it: the demo seed's fields plus who verified it. */
export interface OnboardedOrganisationDoc {
  _id: string;
  name: string;
  kvk: string;
  website?: string;
  verifiedAt?: string;
  verifiedBy?: string;
}

export async function createOrganisationRepository(store: Store) {
  const organisations = await store.collection<OnboardedOrganisationDoc>(ORGANISATIONS, [
    { field: 'kvk', unique: true },
  ]);
  return {
    /**
     * Throws DuplicateKeyError when an organisation with this KvK number exists. The look-up comes
     * first because the collection may have been opened (without the index) by another repository.
     */
    async insert(name: string, kvk: string, verifiedBy: string): Promise<OnboardedOrganisationDoc> {
      if (await organisations.findOne({ kvk })) throw new DuplicateKeyError(ORGANISATIONS);
      const doc = {
        _id: `org-${randomUUID()}`,
        name,
        kvk,
        verifiedAt: new Date().toISOString(),
        verifiedBy,
      };
      await organisations.insertOne(doc);
      return doc;
    },
    find: (id: string) => organisations.findOne({ _id: id }),
    list: () => organisations.find({}, { sort: { name: 1 } }),
  };
}

export type OrganisationRepository = Awaited<ReturnType<typeof createOrganisationRepository>>;
