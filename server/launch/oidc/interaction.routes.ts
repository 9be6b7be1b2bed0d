import type { Express } from 'express';
import type Provider from 'oidc-provider';
import type { IdentityService } from '../../identity/identity.service.ts';
import { readCookie } from '../../identity/session-cookie.ts';
import { LaunchRefusedError, type LaunchService } from '../launch.service.ts';
import { hashPresentedClientSecret } from './client-secret-hashing.ts';
import type { LaunchRecordRepository } from './launch-record.repository.ts';
import { INTERACTION_PATH, OIDC_PATHS } from './provider.ts';

interface Deps {
  provider: Provider;
  identity: IdentityService;
  launches: LaunchService;
  launchRecords: LaunchRecordRepository;
  sessionCookieName: string;
}

const PROVIDER_PATHS = new Set<string>([...Object.values(OIDC_PATHS), '/.well-known/openid-configuration']);

function isProviderPath(path: string): boolean {
  return PROVIDER_PATHS.has(path) || (path.startsWith('/oidc/') && !path.startsWith(`${INTERACTION_PATH}/`));
}

/**
 * Bridges the platform session into the provider: no second login page and no consent page in
 * the flow. The resident is already signed in and consented on the storefront; the interaction
 * re-checks the launch, consumes the login hint and records what the ID token may carry.
 */
export function mountOidc(app: Express, deps: Deps): void {
  const { provider } = deps;

  app.get(`${INTERACTION_PATH}/:uid`, async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    const params = details.params as { client_id: string; login_hint?: string; redirect_uri: string };
    const token = readCookie(req, deps.sessionCookieName);
    const session = token ? await deps.identity.resolve(token) : null;
    try {
      const launch = await deps.launches.authorize(session?.user ?? null, {
        clientId: params.client_id,
        loginHint: params.login_hint,
        redirectUri: params.redirect_uri,
      });
      const grant = new provider.Grant({ accountId: launch.accountId, clientId: params.client_id });
      grant.addOIDCScope('openid');
      // Writes to different collections, side by side: each store write costs a file append
      // (issue 5). The interaction finishes only once all of them are stored.
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
      await provider.interactionFinished(
        req,
        res,
        // acr: the resident's sign-in level as an eIDAS LoA URI, carried in the launch token (issue 14).
        {
          login: {
            accountId: launch.accountId,
            ...('acr' in launch && launch.acr ? { acr: launch.acr } : {}),
          },
          consent: { grantId },
        },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      if (!(error instanceof LaunchRefusedError)) throw error;
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: error.reason },
        { mergeWithLastSubmission: false },
      );
    }
  });

  app.post(OIDC_PATHS.token, hashPresentedClientSecret);
  const callback = provider.callback();
  app.use((req, res, next) => (isProviderPath(req.path) ? callback(req, res) : next()));
}
