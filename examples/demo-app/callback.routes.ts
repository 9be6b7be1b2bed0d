import { type Request, type Response, Router } from 'express';
import * as oidc from 'openid-client';
import { appPath, type DemoContext, flowCookieOptions, redirectUri } from './context.ts';
import { FLOW_COOKIE } from './flow-store.ts';
import { field, readCookie, sendPage } from './http.ts';
import { describeError, log } from './log.ts';
import { authorizationErrorPage, errorPage } from './pages.ts';
import { SESSION_COOKIE, SESSION_TTL_MS } from './session-store.ts';
import { chooseLocale, welcomePage } from './welcome-page.ts';

/**
 * Step 3 of a launch: the platform redirects back with a code (or an error). We redeem the code
 * with PKCE and our client secret, let openid-client verify the ID token, and show its claims.
 */
export function callbackRoutes(ctx: DemoContext): Router {
  const router = Router();

  const fail = (res: Response, status: number, title: string, message: string, detail?: string): void => {
    sendPage(
      res,
      status,
      errorPage({ title, message, platformUrl: ctx.issuer, ...(detail ? { detail } : {}) }),
    );
  };

  router.get('/apps/:slug/callback', async (req: Request<{ slug: string }>, res: Response) => {
    const client = await ctx.clients.find(req.params.slug);
    if (!client) {
      return fail(
        res,
        404,
        'Deze app bestaat niet',
        'Deze app is hier niet ingesteld. Ga terug naar Inwonercloud.',
      );
    }

    // Single use: the entry and the cookie go, whatever happens next.
    const flowId = readCookie(req, FLOW_COOKIE);
    const { maxAge: _maxAge, ...clearOptions } = flowCookieOptions(ctx, client.slug);
    res.clearCookie(FLOW_COOKIE, clearOptions);
    const flow = flowId ? ctx.flows.take(flowId) : undefined;

    const platformError = field(req.query, 'error');
    if (!flow || flow.slug !== client.slug) {
      // Without our own launch in progress there is nothing to check the response against.
      if (platformError) {
        const page = authorizationErrorPage(platformError, ctx.issuer);
        return sendPage(res, page.status, page.html);
      }
      log('warn', 'callback without a launch in progress', { slug: client.slug });
      return fail(
        res,
        400,
        'Je sessie is verlopen',
        'Het openen van de app duurde te lang, of je opende deze pagina opnieuw. Ga terug naar Inwonercloud en open de app nog een keer.',
      );
    }

    // Build the current URL from our public URL, not from the Host header: openid-client sends
    // its origin and path as redirect_uri, which must equal the registered one exactly.
    const queryStart = req.originalUrl.indexOf('?');
    const currentUrl = new URL(redirectUri(ctx, client.slug));
    currentUrl.search = queryStart === -1 ? '' : req.originalUrl.slice(queryStart);

    let claims: oidc.IDToken | undefined;
    try {
      const config = await ctx.platform.get(client);
      // Checks iss (RFC 9207), state, then the token response and the ID token: signature
      // (JWKS), iss, aud, exp, iat and nonce. Tokens stay in this function and are dropped.
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      log('warn', 'launch failed', { slug: client.slug, ...describeError(error) });
      if (error instanceof oidc.AuthorizationResponseError) {
        const page = authorizationErrorPage(error.error, ctx.issuer);
        return sendPage(res, page.status, page.html);
      }
      if (error instanceof oidc.WWWAuthenticateChallengeError) {
        // A 401 with a challenge from the token endpoint: our client id or secret is wrong.
        return fail(
          res,
          502,
          'Inloggen is niet gelukt',
          'Deze app is niet goed ingesteld bij Inwonercloud. Dat is niet jouw fout. Probeer het later opnieuw.',
          'invalid_client',
        );
      }
      if (error instanceof oidc.ResponseBodyError) {
        if (error.error === 'invalid_grant') {
          return fail(
            res,
            400,
            'Inloggen is niet gelukt',
            'De inlogcode is verlopen of al gebruikt. Ga terug naar Inwonercloud en open de app nog een keer.',
            error.error,
          );
        }
        return fail(
          res,
          502,
          'Inloggen is niet gelukt',
          'Deze app is niet goed ingesteld bij Inwonercloud. Dat is niet jouw fout. Probeer het later opnieuw.',
          /^[a-z_]{1,64}$/.test(error.error) ? error.error : 'token_error',
        );
      }
      // The platform may have restarted with new metadata or keys: discover afresh next time.
      ctx.platform.forget(client.slug);
      if (error instanceof oidc.ClientError && !isTransportProblem(error.code)) {
        return fail(
          res,
          400,
          'Inloggen is niet gelukt',
          'We konden niet controleren dat deze inlog echt van Inwonercloud komt. Ga terug naar Inwonercloud en open de app opnieuw.',
          error.code ?? 'validation_failed',
        );
      }
      return fail(
        res,
        502,
        'Inwonercloud is niet bereikbaar',
        'Deze app kan Inwonercloud nu niet bereiken. Probeer het over een paar minuten opnieuw.',
      );
    }

    // openid-client checks azp only when aud has several values; the platform always sets it,
    // and it must name us.
    if (!claims || (claims.azp !== undefined && claims.azp !== client.clientId)) {
      log('warn', 'launch token not for this app', { slug: client.slug });
      return fail(
        res,
        400,
        'Inloggen is niet gelukt',
        'We konden niet controleren dat deze inlog echt van Inwonercloud komt. Ga terug naar Inwonercloud en open de app opnieuw.',
        claims ? 'azp_mismatch' : 'id_token_missing',
      );
    }

    log('info', 'launch completed', { slug: client.slug });
    // Post/redirect/get: the code and state leave the address bar (issue 11 item 18).
    const session = ctx.sessions.put(client.slug, client.name, claims);
    res.cookie(SESSION_COOKIE, session, {
      ...clearOptions,
      maxAge: SESSION_TTL_MS,
    });
    res.redirect(303, `${appPath(client.slug)}/welkom`);
  });

  router.get('/apps/:slug/welkom', (req: Request<{ slug: string }>, res: Response) => {
    const signedIn = ctx.sessions.get(readCookie(req, SESSION_COOKIE), req.params.slug);
    if (!signedIn) {
      return fail(
        res,
        401,
        'Je bent niet ingelogd',
        'Open de app opnieuw vanuit Inwonercloud. Dan log je weer in.',
      );
    }
    const locale = chooseLocale(field(req.query, 'lang'), signedIn.claims.locale);
    sendPage(
      res,
      200,
      welcomePage({
        appName: signedIn.appName,
        claims: signedIn.claims,
        platformUrl: ctx.issuer,
        locale,
        path: `${appPath(signedIn.slug)}/welkom`,
      }),
    );
  });

  return router;
}

/** The platform answered oddly or not at all: that is an outage, not a forged response. */
function isTransportProblem(code: string | undefined): boolean {
  return code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON';
}
