import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { ACCOUNTS, type DemoAccount } from './accounts.ts';

const LOA = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
} as const;
const LEVELS = ['low', 'substantial', 'high'] as const;

export interface DemoIdpOptions {
  port: number;
  host?: string;
  /** The platform whose clients this IdP knows (its callbacks and, for private_key_jwt, its JWKS). */
  platformUrl: string;
  /** Secret of the staff client (client_secret_basic); the resident client uses private_key_jwt. */
  staffClientSecret: string;
  /** client_secret_basic for residents too, instead of private_key_jwt with the platform's JWKS. */
  residentClientSecret?: string;
  /** The issuer; `http://localhost:<port>` unless given. */
  publicUrl?: string;
}

export const RESIDENT_CLIENT_ID = 'inwonercloud-residents';
export const STAFF_CLIENT_ID = 'inwonercloud-staff';

const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(title)}</title></head><body><main><h1>${html(title)}</h1>${body}</main></body></html>`;
}

/** The level granted: the account's own, or what the platform asked for in acr_values (step-up). */
function grantedLevel(account: DemoAccount, acrValues: string | undefined): string | undefined {
  const asked = (acrValues ?? '').split(' ').flatMap((uri) => LEVELS.filter((level) => LOA[level] === uri));
  const own = account.acr;
  const best = [own, ...asked]
    .filter((x) => x !== undefined)
    .sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a))[0];
  return best ? LOA[best] : undefined;
}

/**
 * A small OpenID Provider on oidc-provider that stands in for a DigiD broker (residents) and an
 * organisation's IdP (staff), so the demo and the tests sign in the real way. Not for production.
 */
export async function startDemoIdp(
  options: DemoIdpOptions,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = options.publicUrl ?? `http://localhost:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'demo-idp', alg: 'RS256', use: 'sig' };
  const residentAuth = options.residentClientSecret
    ? { client_secret: options.residentClientSecret, token_endpoint_auth_method: 'client_secret_basic' }
    : {
        token_endpoint_auth_method: 'private_key_jwt',
        jwks_uri: `${options.platformUrl}/.well-known/jwks.json`,
        token_endpoint_auth_signing_alg: 'RS256',
      };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: RESIDENT_CLIENT_ID,
        ...residentAuth,
        redirect_uris: [`${options.platformUrl}/auth/residents/callback`],
        post_logout_redirect_uris: [`${options.platformUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: STAFF_CLIENT_ID,
        client_secret: options.staffClientSecret,
        token_endpoint_auth_method: 'client_secret_basic',
        // The second path is a connection from STAFF_SIGN_IN_FILE named `gemeente-demo` (decision 028).
        redirect_uris: [
          `${options.platformUrl}/auth/staff/callback`,
          `${options.platformUrl}/auth/staff/gemeente-demo/callback`,
        ],
        post_logout_redirect_uris: [`${options.platformUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    // oidc-provider refuses to fetch from loopback addresses (SSRF guard); the demo's platform (and
    // so its JWKS for private_key_jwt) runs on this machine, so that one address is let through.
    fetch: (url: URL | string, init: RequestInit & { dispatcher?: unknown }) => {
      const target = new URL(String(url));
      const platform = new URL(options.platformUrl);
      return globalThis.fetch(
        url,
        target.origin === platform.origin ? { ...init, dispatcher: undefined } : init,
      );
    },
    // Names of its own: cookies ignore ports, and the platform's own provider (also oidc-provider)
    // runs on the same host in the demo, so the default `_session` would be overwritten by it.
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: { session: 'demo_idp_session', interaction: 'demo_idp_interaction', resume: 'demo_idp_resume' },
    },
    // A broker puts what it knows in the ID token: everything under `openid`.
    claims: {
      acr: null,
      // acr under openid: a broker always says how strongly the person signed in.
      openid: [
        'sub',
        'acr',
        'given_name',
        'family_name',
        'birthdate',
        'locale',
        'municipality',
        'email',
        'email_verified',
      ],
    },
    conformIdTokenClaims: false,
    acrValues: Object.values(LOA),
    features: {
      devInteractions: { enabled: false },
      // RP-initiated logout, as DigiD brokers offer it: the platform's sign-out ends the session here too.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = page(
            'Uitloggen bij de demo-inlogdienst',
            `<p>Wilt u ook hier uitloggen?</p>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button> <button type="submit" form="op.logoutForm">Nee, ingelogd blijven</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = page('Uitgelogd', '<p>U bent uitgelogd bij de demo-inlogdienst.</p>');
        },
      },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'private_key_jwt'],
    enabledJWA: { clientAuthSigningAlgValues: ['RS256', 'ES256'] },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    findAccount: async (_ctx: KoaContextWithOIDC, sub: string) => {
      const account = ACCOUNTS.find((a) => a.sub === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
    },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 300,
      AccessToken: 300,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Demo-inlogdienst: fout',
        `<p><code>${html(out.error ?? 'error')}</code> ${html(out.error_description ?? '')}</p>`,
      );
    },
  } as never);

  // What went wrong at the token endpoint, for whoever runs the demo (never tokens or claims).
  provider.on('grant.error', (_ctx: unknown, error: { message?: string; error_detail?: string }) => {
    console.error(
      JSON.stringify({
        msg: 'grant error',
        error: error.message,
        detail: error.error_detail,
        description: (error as { error_description?: string }).error_description,
        cause: String((error as { cause?: unknown }).cause),
        cause2: String((error as { cause?: { cause?: unknown } }).cause?.cause),
      }),
    );
  });

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader(
      'Content-Security-Policy',
      // script-src: oidc-provider adds the hash of its one inline script (the logout form post).
      `default-src 'none'; script-src 'self'; form-action 'self' ${options.platformUrl}; frame-ancestors 'none'`,
    );
    next();
  });

  app.get('/interaction/:uid', async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    const clientId = details.params.client_id as string;
    if (details.prompt.name === 'consent') {
      const grant = new provider.Grant({ accountId: details.session?.accountId as string, clientId });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    const kind = clientId === STAFF_CLIENT_ID ? 'staff' : 'resident';
    const title = kind === 'staff' ? 'Inloggen als medewerker (demo)' : 'Inloggen met DigiD (demo)';
    const stepUp =
      typeof details.params.acr_values === 'string' && details.params.acr_values.includes('high');
    const buttons = ACCOUNTS.filter((a) => a.kind === kind)
      .map(
        (a) =>
          `<li><form method="post" action="/interaction/${html(req.params.uid)}/login"><input type="hidden" name="account" value="${html(a.sub)}"><button type="submit">${html(a.label)}</button></form></li>`,
      )
      .join('');
    res
      .type('html')
      .send(
        page(
          title,
          `<p>Dit is een demo-inlogdienst. Er is niemand echt. Kies met wie u inlogt.</p>${stepUp ? '<p>Inwonercloud vraagt om inloggen op niveau Hoog.</p>' : ''}<ul>${buttons}</ul>`,
        ),
      );
  });

  app.post(
    '/interaction/:uid/login',
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      const account = ACCOUNTS.find((a) => a.sub === (req.body as { account?: string }).account);
      if (!account) {
        res.status(400).type('html').send(page('Onbekend account', '<p>Kies een account uit de lijst.</p>'));
        return;
      }
      const acr = grantedLevel(account, details.params.acr_values as string | undefined);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub, ...(acr ? { acr } : {}) } },
        { mergeWithLastSubmission: false },
      );
    },
  );

  app.use(provider.callback());
  server.on('request', app);
  return {
    url: issuer,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
