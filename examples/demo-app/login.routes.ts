import express, { type Request, type Response, Router } from 'express';
import * as oidc from 'openid-client';
import { SLUG_PATTERN } from './clients.ts';
import { type DemoContext, flowCookieOptions, redirectUri } from './context.ts';
import { FLOW_COOKIE } from './flow-store.ts';
import { field, sendPage } from './http.ts';
import { describeError, log } from './log.ts';
import { errorPage } from './pages.ts';

const MAX_FIELD_LENGTH = 2048;

/**
 * Step 1 and 2 of a launch: the platform sends the resident's browser here (OIDC third-party
 * initiated login); we check the request and answer with a standard authorization request.
 */
export function loginRoutes(ctx: DemoContext): Router {
  const router = Router();

  const reject = (req: Request<{ slug: string }>, res: Response, reason: string): void => {
    const slug = req.params.slug;
    log('warn', 'login initiation refused', { slug: SLUG_PATTERN.test(slug) ? slug : 'invalid', reason });
    sendPage(
      res,
      400,
      errorPage({
        title: 'Deze app kan niet starten',
        message:
          'De link waarmee je deze app opende klopt niet. Ga terug naar Inwonercloud en open de app daar opnieuw.',
        detail: reason,
        platformUrl: ctx.issuer,
      }),
    );
  };

  const initiate = async (req: Request<{ slug: string }>, res: Response): Promise<void> => {
    // The platform usually POSTs a form (the fields stay out of URLs and logs); GET also works.
    const params: unknown = req.method === 'POST' ? req.body : req.query;
    const iss = field(params, 'iss');
    const loginHint = field(params, 'login_hint');
    const targetLinkUri = field(params, 'target_link_uri');
    const clientId = field(params, 'client_id');

    const client = await ctx.clients.find(req.params.slug);
    if (!client) return reject(req, res, 'unknown app');
    // Only our own platform may start a launch: this is what stops login CSRF from elsewhere.
    if (iss !== ctx.issuer) return reject(req, res, 'iss does not match the platform issuer');
    if (clientId !== client.clientId) return reject(req, res, 'client_id does not match this app');
    if (!loginHint || loginHint.length > MAX_FIELD_LENGTH) return reject(req, res, 'login_hint missing');
    if (!targetLinkUri || !isOwnUrl(ctx, targetLinkUri)) {
      return reject(req, res, 'target_link_uri is not on this app');
    }

    let config: oidc.Configuration;
    try {
      config = await ctx.platform.get(client);
    } catch (error) {
      log('error', 'platform discovery failed', { slug: client.slug, ...describeError(error) });
      return sendPage(
        res,
        502,
        errorPage({
          title: 'Inwonercloud is niet bereikbaar',
          message: 'Deze app kan Inwonercloud nu niet bereiken. Probeer het over een paar minuten opnieuw.',
          platformUrl: ctx.issuer,
        }),
      );
    }

    await redirectToAuthorization(ctx, res, config, client, loginHint);
  };

  /**
   * "Inloggen met Inwonercloud": the app starts the sign-in itself, without a login hint (a
   * bookmark, a link in an e-mail). The platform signs the resident in and asks consent when
   * needed, then returns to the callback as in a launch.
   */
  const signIn = async (req: Request<{ slug: string }>, res: Response): Promise<void> => {
    const client = await ctx.clients.find(req.params.slug);
    if (!client) return reject(req, res, 'unknown app');
    let config: oidc.Configuration;
    try {
      config = await ctx.platform.get(client);
    } catch (error) {
      log('error', 'platform discovery failed', { slug: client.slug, ...describeError(error) });
      return sendPage(
        res,
        502,
        errorPage({
          title: 'Inwonercloud is niet bereikbaar',
          message: 'Deze app kan Inwonercloud nu niet bereiken. Probeer het over een paar minuten opnieuw.',
          platformUrl: ctx.issuer,
        }),
      );
    }
    await redirectToAuthorization(ctx, res, config, client, undefined);
  };
  router.get('/apps/:slug/sign-in', signIn);

  router.get('/apps/:slug/login', initiate);
  router.post(
    '/apps/:slug/login',
    express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 }),
    initiate,
  );
  return router;
}

/** Step 2: a standard authorization code request with state, nonce and PKCE (S256). */
async function redirectToAuthorization(
  ctx: DemoContext,
  res: Response,
  config: oidc.Configuration,
  client: { slug: string; clientId: string },
  loginHint: string | undefined,
): Promise<void> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const codeChallenge = await oidc.calculatePKCECodeChallenge(codeVerifier);
  const flowId = ctx.flows.create({ slug: client.slug, state, nonce, codeVerifier });

  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    scope: 'openid',
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri(ctx, client.slug),
    ...(loginHint ? { login_hint: loginHint } : {}),
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  res.cookie(FLOW_COOKIE, flowId, flowCookieOptions(ctx, client.slug));
  res.redirect(303, authorizationUrl.href);
}

function isOwnUrl(ctx: DemoContext, value: string): boolean {
  if (value.length > MAX_FIELD_LENGTH) return false;
  try {
    return new URL(value).origin === ctx.publicUrl.origin;
  } catch {
    return false;
  }
}
