import type Provider from 'oidc-provider';
import type { AuthUser } from '../../identity/identity.types.ts';
import type { LaunchService } from '../launch.service.ts';
import type { LaunchRecordRepository } from './launch-record.repository.ts';

export interface LaunchGrantDeps {
  launches: LaunchService;
  launchRecords: LaunchRecordRepository;
}

export interface GrantedLaunch {
  accountId: string;
  /** The resident's sign-in level as an eIDAS LoA URI, carried in the launch token (issue 14). */
  acr?: string;
  grantId: string;
}

/**
 * Checks a launch (with its hint, or app-initiated without one) and records what its ID token may
 * carry: one grant per launch, never reused. The interaction and the silent sign-in
 * (`prompt=none`, decision 044) both end here, so both run exactly the same checks. Throws
 * LaunchRefusedError for a launch the platform refuses.
 */
export async function grantLaunch(
  provider: Provider,
  deps: LaunchGrantDeps,
  user: AuthUser | null,
  params: { clientId: string; loginHint: string | undefined; redirectUri: string },
): Promise<GrantedLaunch> {
  const launch = await deps.launches.authorize(user, params);
  const grant = new provider.Grant({ accountId: launch.accountId, clientId: params.clientId });
  grant.addOIDCScope('openid');
  // Writes to different collections, side by side (issue 5); done only once all are stored.
  const [grantId] = await Promise.all([
    grant.save().then(async (id) => {
      await deps.launchRecords.insert(id, {
        personId: launch.accountId,
        listingId: launch.listingId,
        municipality: launch.municipality,
        claims: launch.claims,
        test: launch.test,
      });
      return id;
    }),
    deps.launches.recordLaunch(launch),
  ]);
  const acr = 'acr' in launch && typeof launch.acr === 'string' ? launch.acr : undefined;
  return { accountId: launch.accountId, grantId, ...(acr ? { acr } : {}) };
}
