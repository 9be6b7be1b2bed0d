import type { Express } from 'express';
import type Provider from 'oidc-provider';
import { residentSignInPath } from '../../../shared/sign-in-paths.ts';
import { sendProblem } from '../../http/problem.middleware.ts';
import type { IdentityService } from '../../identity/identity.service.ts';
import { readCookie } from '../../identity/session-cookie.ts';
import { LaunchRefusedError, type LaunchService } from '../launch.service.ts';
import type { ClientRegistry } from './client-registry.ts';
import { grantLaunch } from './launch-grant.ts';
import type { LaunchRecordRepository } from './launch-record.repository.ts';
import { INTERACTION_PATH } from './oidc-paths.ts';
import { providerGate } from './provider-gate.ts';
import type { ProviderHolder } from './provider-holder.ts';
import { requireRequestedAssurance } from './requested-assurance.ts';

interface Deps {
  /** The provider of the current signing keys (provider-holder.ts). */
  oidc: ProviderHolder;
  identity: IdentityService;
  launches: LaunchService;
  launchRecords: LaunchRecordRepository;
  clients: ClientRegistry;
  sessionCookieName: string;
  publicUrl: string;
  demoSignIn: boolean;
  /** Whether residents can sign in at a broker, and so step up to a higher level there. */
  residentBroker: boolean;
  limitPerMinute: number;
}

/** The storefront's sign-in: the demo personas page, or the upstream broker in production. */
function signInUrl(demoSignIn: boolean) {
  return (returnTo: string) =>
    demoSignIn ? `/inloggen?terug=${encodeURIComponent(returnTo)}` : residentSignInPath(returnTo);
}

/** The consent page inside the flow; it sends the browser back to the interaction once saved. */
function consentUrl(slug: string, uid: string): string {
  return `/apps/${encodeURIComponent(slug)}/toestemming?terug=${encodeURIComponent(`${INTERACTION_PATH}/${uid}`)}`;
}

/**
 * Bridges the platform session into the provider: the platform's own sign-in and consent pages,
 * no second login. The interaction re-checks the launch, consumes the login hint when there is
 * one (a launch from the storefront) or runs the same checks without one (app-initiated sign-in),
 * shows the consent page inside the flow when needed, and records what the ID token may carry.
 */
export function mountOidc(app: Express, deps: Deps): void {
  app.get(`${INTERACTION_PATH}/:uid`, async (req, res) => {
    const provider = await deps.oidc.provider();
    let details: Awaited<ReturnType<Provider['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      res.setHeader('Cache-Control', 'no-store');
      sendProblem(req, res, 400, 'Sign-in expired', 'This sign-in has expired. Open the app again.');
      return;
    }
    const params = details.params as {
      client_id: string;
      login_hint?: string;
      redirect_uri: string;
      acr_values?: string;
    };
    const token = readCookie(req, deps.sessionCookieName);
    const session = token ? await deps.identity.resolve(token) : null;
    try {
      if (session) requireRequestedAssurance(session.user, params.acr_values);
      const launch = await grantLaunch(provider, deps, session?.user ?? null, {
        clientId: params.client_id,
        loginHint: params.login_hint,
        redirectUri: params.redirect_uri,
      });
      await provider.interactionFinished(
        req,
        res,
        {
          login: { accountId: launch.accountId, ...(launch.acr ? { acr: launch.acr } : {}) },
          consent: { grantId: launch.grantId },
        },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      if (!(error instanceof LaunchRefusedError)) throw error;
      if (error.oidcError === 'consent_required' && error.slug && !params.login_hint) {
        res.setHeader('Cache-Control', 'no-store');
        res.redirect(303, consentUrl(error.slug, details.uid));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { error: error.oidcError, error_description: error.reason },
        { mergeWithLastSubmission: false },
      );
    }
  });

  // "Annuleren" on the consent page inside the flow: the app hears access_denied, with its state.
  app.get(`${INTERACTION_PATH}/:uid/abort`, async (req, res) => {
    const provider = await deps.oidc.provider();
    try {
      await provider.interactionDetails(req, res);
    } catch {
      res.setHeader('Cache-Control', 'no-store');
      sendProblem(req, res, 400, 'Sign-in expired', 'This sign-in has expired. Open the app again.');
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The resident did not agree to share the data.' },
      { mergeWithLastSubmission: false },
    );
  });

  app.use(
    providerGate({
      oidc: deps.oidc,
      publicUrl: deps.publicUrl,
      clients: deps.clients,
      policy: {
        identity: deps.identity,
        launches: deps.launches,
        launchRecords: deps.launchRecords,
        sessionCookieName: deps.sessionCookieName,
      },
      signInUrl: signInUrl(deps.demoSignIn),
      // The broker's sign-in at a higher level (a step-up, decision 021), back to the request.
      ...(deps.residentBroker ? { stepUpUrl: residentSignInPath } : {}),
      limitPerMinute: deps.limitPerMinute,
    }),
  );
}
