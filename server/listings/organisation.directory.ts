import { ORGANISATIONS, type OrganisationDoc } from '../municipalities/municipality.documents.ts';
import type { Store } from '../store/store.port.ts';

/** Vendor organisation names, for queues and pages that show who makes an app. */
export async function createOrganisationDirectory(store: Store) {
  const organisations = await store.collection<OrganisationDoc>(ORGANISATIONS);
  return {
    async name(id: string): Promise<string> {
      return (await organisations.findOne({ _id: id }))?.name ?? id;
    },
  };
}

export type OrganisationDirectory = Awaited<ReturnType<typeof createOrganisationDirectory>>;
