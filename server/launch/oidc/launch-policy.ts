import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import type { IdentityService } from '../../identity/identity.service.ts';
import { LaunchRefusedError, type LaunchService } from '../launch.service.ts';
import { oversizeParameter } from './parameter-bounds.ts';

export interface PolicyDeps {
  identity: IdentityService;
  launches: LaunchService;
  sessionCookieName: string;
}

function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || undefined;
  }
  return undefined;
}

/** The platform user behind an authorization request, or null: the provider keeps no login of its own. */
export async function platformUser(deps: PolicyDeps, cookieHeader: string | undefined) {
  const token = cookieFrom(cookieHeader, deps.sessionCookieName);
  return token ? ((await deps.identity.resolve(token))?.user ?? null) : null;
}

/**
 * Decides before the provider stores anything (issue 9): a request that cannot become a launch
 * (no platform session, an app that is not available, not offered) gets its OIDC error at once,
 * with nothing stored. `consent_required` becomes the consent page inside the flow, or the error
 * with `prompt=none`. The hint itself is consumed only in the interaction.
 */
async function mayStartInteraction(ctx: KoaContextWithOIDC, deps: PolicyDeps): Promise<void> {
  const params = ctx.oidc.params as Record<string, unknown>;
  const oversize = oversizeParameter(params);
  if (oversize) throw new errors.InvalidRequest(`${oversize} is too long`);
  const user = await platformUser(deps, ctx.get('cookie'));
  if (!user) throw new errors.LoginRequired('Sign in on Inwonercloud first.');
  if (typeof params.login_hint === 'string') return;
  try {
    await deps.launches.precheck(user, {
      clientId: String(params.client_id),
      redirectUri: String(params.redirect_uri),
    });
  } catch (error) {
    if (!(error instanceof LaunchRefusedError)) throw error;
    if (error.oidcError === 'consent_required' && !ctx.oidc.promptPending('none')) return;
    if (error.oidcError === 'consent_required') throw new errors.ConsentRequired(error.reason);
    if (error.oidcError === 'login_required') throw new errors.LoginRequired(error.reason);
    throw new errors.AccessDenied(error.reason);
  }
}

/** Every authorization request goes through our interaction, where the launch is checked again. */
export function launchPolicy(deps: PolicyDeps) {
  const { Check, base } = interactionPolicy;
  const policy = base();
  policy.get('login')?.checks.add(
    new Check('launch_check', 'every launch is checked by the platform', 'login_required', async (ctx) => {
      if (ctx.oidc.result) return Check.NO_NEED_TO_PROMPT;
      await mayStartInteraction(ctx, deps);
      return Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}
