import type { Municipality } from '../../../shared/schemas/municipality.ts';
import type { InvitationView, MembershipView, OrganisationView } from '../../../shared/schemas/onboarding.ts';
import { useResource } from '../lib/use-resource.ts';
import {
  fetchInvitations,
  fetchMemberships,
  fetchMunicipalities,
  fetchOrganisations,
  fetchRegister,
  type RegisterMunicipality,
} from './api.ts';

export interface OnboardingData {
  register: RegisterMunicipality[];
  municipalities: Municipality[];
  organisations: OrganisationView[];
  invitations: InvitationView[];
  memberships: MembershipView[];
}

/** Everything the page shows, loaded side by side; what a role may not read stays empty. */
export function useOnboardingData(key: string, isPlatformAdmin: boolean, isVendor: boolean) {
  return useResource(`onboarding:${key}`, async (signal): Promise<OnboardingData> => {
    const [register, municipalities, organisations, invitations, memberships] = await Promise.all([
      isPlatformAdmin ? fetchRegister(signal) : Promise.resolve([]),
      fetchMunicipalities(signal),
      isPlatformAdmin || isVendor ? fetchOrganisations(signal) : Promise.resolve([]),
      fetchInvitations(signal),
      fetchMemberships(signal),
    ]);
    return { register, municipalities, organisations, invitations, memberships };
  });
}
