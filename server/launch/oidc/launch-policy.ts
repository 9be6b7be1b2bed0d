import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import type { AuthUser } from '../../identity/identity.types.ts';
import { LaunchRefusedError, stepUpRefusal } from '../launch.service.ts';
import { grantLaunch } from './launch-grant.ts';
import { oversizeParameter } from './parameter-bounds.ts';
import { type PolicyDeps, platformUser } from './platform-user.ts';
import { stepUpFor } from './requested-assurance.ts';

export type { PolicyDeps } from './platform-user.ts';

function oidcErrorOf(error: LaunchRefusedError) {
  if (error.oidcError === 'consent_required') return new errors.ConsentRequired(error.reason);
  if (error.oidcError === 'login_required') return new errors.LoginRequired(error.reason);
  return new errors.AccessDenied(error.reason);
}

/**
 * Decides before the provider stores anything (issue 9): a request that cannot become a launch
 * (no platform session, an app that is not available, not offered) gets its OIDC error at once,
 * with nothing stored. `consent_required` becomes the consent page inside the flow. The hint
 * itself is consumed only in the interaction.
 */
async function mayStartInteraction(ctx: KoaContextWithOIDC, deps: PolicyDeps, user: AuthUser): Promise<void> {
  const params = ctx.oidc.params as Record<string, unknown>;
  if (typeof params.login_hint === 'string') return;
  try {
    await deps.launches.precheck(user, {
      clientId: String(params.client_id),
      redirectUri: String(params.redirect_uri),
    });
  } catch (error) {
    if (!(error instanceof LaunchRefusedError)) throw error;
    if (error.oidcError === 'consent_required') return;
    throw oidcErrorOf(error);
  }
}

/**
 * `prompt=none` (decision 044): the platform session and the resident's consent decide at once,
 * without an interaction. Everything checks out: the launch is granted here, exactly as the
 * interaction would, and the provider issues the code. Otherwise `login_required` (no session,
 * or a step-up), `consent_required` or `access_denied`, as OpenID Connect Core 3.1.2.6 says.
 */
async function signInSilently(ctx: KoaContextWithOIDC, deps: PolicyDeps, user: AuthUser): Promise<void> {
  const params = ctx.oidc.params as Record<string, unknown>;
  const clientId = String(params.client_id);
  let launch: Awaited<ReturnType<typeof grantLaunch>>;
  try {
    launch = await grantLaunch(ctx.oidc.provider, deps, user, {
      clientId,
      loginHint: typeof params.login_hint === 'string' ? params.login_hint : undefined,
      redirectUri: String(params.redirect_uri),
    });
  } catch (error) {
    if (error instanceof LaunchRefusedError) throw oidcErrorOf(error);
    throw error;
  }
  const { session } = ctx.oidc;
  if (!session) throw new errors.AccessDenied('No provider session.');
  // The provider's own session follows the platform's: whoever is signed in there now.
  session.loginAccount({ accountId: launch.accountId, ...(launch.acr ? { acr: launch.acr } : {}) });
  session.ensureClientContainer(clientId);
  session.grantIdFor(clientId, launch.grantId);
  const grant = await ctx.oidc.provider.Grant.find(launch.grantId);
  if (!grant) throw new errors.AccessDenied('The launch could not be recorded.');
  ctx.oidc.entity('Grant', grant);
}

/**
 * The provider's own session remembers who launched last in this browser; the platform session
 * decides who launches now. Someone else signed in on the same browser (a library computer)
 * starts from a clean provider session, or oidc-provider would ask to log the first one out.
 */
function forgetOtherResident(ctx: KoaContextWithOIDC, user: AuthUser): void {
  const { session } = ctx.oidc;
  if (!session?.accountId || session.accountId === user.id) return;
  // The provider's session refuses an empty accountId as a value; deleting the login is allowed.
  const login = session as unknown as Record<string, unknown>;
  for (const key of ['accountId', 'loginTs', 'acr', 'amr', 'authorizations']) delete login[key];
  session.resetIdentifier();
}

/**
 * Every authorization request goes through the platform's own check first, in a prompt of its
 * own before oidc-provider's login prompt: a prompt's checks run side by side, and the silent
 * sign-in must have logged the resident in before `no_session` looks.
 */
export function launchPolicy(deps: PolicyDeps) {
  const { Check, Prompt, base } = interactionPolicy;
  const policy = base();
  const launch = new Prompt(
    { name: 'launch', requestable: false },
    new Check('launch_check', 'every launch is checked by the platform', 'login_required', async (ctx) => {
      // Back from our interaction (interaction.routes.ts), which checked and granted the launch.
      if (ctx.oidc.result) return Check.NO_NEED_TO_PROMPT;
      const oversize = oversizeParameter(ctx.oidc.params as Record<string, unknown>);
      if (oversize) throw new errors.InvalidRequest(`${oversize} is too long`);
      const user = await platformUser(deps, ctx.get('cookie'));
      if (!user) throw new errors.LoginRequired('Sign in on Inwonercloud first.');
      forgetOtherResident(ctx, user);
      // The app's own acr_values count like a listing's minimum level (the gate has already sent
      // an interactive request up to the broker when it could: provider-gate.ts).
      const stepUp = stepUpFor(user, (ctx.oidc.params as Record<string, unknown>).acr_values);
      if (stepUp) throw oidcErrorOf(stepUpRefusal(stepUp));
      if (ctx.oidc.promptPending('none')) {
        await signInSilently(ctx, deps, user);
        return Check.NO_NEED_TO_PROMPT;
      }
      await mayStartInteraction(ctx, deps, user);
      return Check.REQUEST_PROMPT;
    }),
  );
  policy.unshift(launch);
  return policy;
}
