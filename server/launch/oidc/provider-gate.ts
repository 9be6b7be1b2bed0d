import type { Request, RequestHandler, Response } from 'express';
import { type AssuranceLevel, meetsAssurance } from '../../../shared/assurance.ts';
import { sendProblem } from '../../http/problem.middleware.ts';
import { addressLimit } from './address-limit.ts';
import type { ClientRegistry } from './client-registry.ts';
import { INTERACTION_PATH, OIDC_PATHS } from './oidc-paths.ts';
import { MAX_REQUEST_BYTES, oversizeParameter } from './parameter-bounds.ts';
import { type PolicyDeps, platformSession } from './platform-user.ts';
import type { ProviderHolder } from './provider-holder.ts';
import { requestedAssurance, stepUpFor } from './requested-assurance.ts';

interface GateDeps {
  oidc: Pick<ProviderHolder, 'callback'>;
  publicUrl: string;
  clients: ClientRegistry;
  policy: PolicyDeps;
  /** Where a browser signs in, coming back to `returnTo` (a path on this site) afterwards. */
  signInUrl: (returnTo: string) => string;
  /** Where a resident signs in again at `level`, when residents sign in at a broker. */
  stepUpUrl?: (returnTo: string, level: AssuranceLevel) => string;
  limitPerMinute: number;
}

type Limited = 'authorization' | 'token' | null;

/**
 * The provider's endpoints, each at exactly one path (issue 9: oidc-provider's router also
 * answered `/oidc/token/` and `/oidc/TOKEN`, where a pre-hashing middleware did not run). Every
 * other spelling under /oidc/ is 404; nothing else of the provider is reachable.
 */
const ENDPOINTS: Array<{ match: (path: string) => boolean; methods: string[]; limited: Limited }> = [
  { match: (p) => p === OIDC_PATHS.authorization, methods: ['GET', 'POST'], limited: 'authorization' },
  {
    // The provider's resume step after our interaction: /oidc/auth/<uid>.
    match: (p) => /^\/oidc\/auth\/[A-Za-z0-9_-]{10,64}$/.test(p),
    methods: ['GET'],
    limited: 'authorization',
  },
  { match: (p) => p === OIDC_PATHS.token, methods: ['POST'], limited: 'token' },
  { match: (p) => p === '/.well-known/openid-configuration', methods: ['GET'], limited: null },
  // RFC 8414 metadata, as the NL GOV profile asks (SHOULD): the same document.
  { match: (p) => p === '/.well-known/oauth-authorization-server', methods: ['GET'], limited: null },
  { match: (p) => p === OIDC_PATHS.jwks, methods: ['GET'], limited: null },
];

function queryOf(req: Request): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
  for (const [name, value] of new URLSearchParams(query)) {
    const seen = params[name];
    params[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/** Bounded input before the provider parses or stores anything. */
function refuseOversize(req: Request, res: Response): boolean {
  if (req.originalUrl.length > MAX_REQUEST_BYTES) {
    sendProblem(req, res, 414, 'Request too long', 'The request URL is too long.');
    return true;
  }
  if (req.method === 'POST') {
    const length = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isNaN(length) && req.headers['transfer-encoding']) {
      sendProblem(req, res, 411, 'Length required', 'Send a Content-Length.');
      return true;
    }
    if (length > MAX_REQUEST_BYTES) {
      sendProblem(req, res, 413, 'Request too large', 'The request body is too large.');
      return true;
    }
  }
  const field = req.method === 'GET' ? oversizeParameter(queryOf(req)) : null;
  if (field) {
    sendProblem(req, res, 400, 'Invalid input', 'A parameter is too long.', [
      { in: 'query', field, message: 'too long' },
    ]);
    return true;
  }
  return false;
}

/**
 * Discovery, the issuer and every endpoint come from PUBLIC_URL, never from the request's Host
 * or forwarded headers (issue 9): the provider runs with `proxy = true` and reads these.
 */
function pinPublicOrigin(req: Request, publicUrl: URL): void {
  req.headers.host = publicUrl.host;
  req.headers['x-forwarded-host'] = publicUrl.host;
  req.headers['x-forwarded-proto'] = publicUrl.protocol.slice(0, -1);
  req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
}

/**
 * An interactive authorization request without a platform session cannot become a launch yet:
 * the browser goes to the platform's sign-in and comes back with the same request, and nothing
 * is stored on the way (issue 9). Where residents sign in at a broker, a request whose
 * `acr_values` ask a level goes there at that level, and a resident signed in below it signs in
 * again at it (a step-up, decision 021) once: a sign-in that asked for the level and got less
 * reaches the app as `login_required` (launch-policy.ts) rather than sending the resident round
 * again. Only for a known client and its registered redirect URI, so the sign-in page is never a
 * detour for someone else's link.
 */
async function sendToSignIn(req: Request, res: Response, deps: GateDeps): Promise<boolean> {
  if (req.method !== 'GET' || req.path !== OIDC_PATHS.authorization) return false;
  const params = queryOf(req);
  const { client_id: clientId, redirect_uri: redirectUri, prompt } = params;
  if (typeof clientId !== 'string' || typeof redirectUri !== 'string') return false;
  if (typeof prompt === 'string' && prompt.split(' ').includes('none')) return false;
  const session = await platformSession(deps.policy, req.headers.cookie);
  const asked = requestedAssurance(params.acr_values);
  let target: string;
  if (!session) {
    // Signed in at the level the app asks for from the start, where a broker can do that.
    target =
      asked && deps.stepUpUrl ? deps.stepUpUrl(req.originalUrl, asked) : deps.signInUrl(req.originalUrl);
  } else {
    const level = stepUpFor(session.user, params.acr_values);
    // A sign-in that asked the broker for this level already, and got less, is not repeated.
    if (!level || !deps.stepUpUrl || meetsAssurance(session.askedAssurance ?? null, level)) return false;
    target = deps.stepUpUrl(req.originalUrl, level);
  }
  const client = await deps.clients.find(clientId);
  if (!client?.redirect_uris?.includes(redirectUri)) return false;
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(303, target);
  return true;
}

/** Everything in front of oidc-provider: one path per endpoint, bounds, limits, the public origin. */
export function providerGate(deps: GateDeps): RequestHandler {
  const publicUrl = new URL(deps.publicUrl);
  const limits = {
    authorization: addressLimit({ limit: deps.limitPerMinute, windowMs: 60_000 }),
    token: addressLimit({ limit: deps.limitPerMinute, windowMs: 60_000 }),
  };
  return async (req, res, next) => {
    const endpoint = ENDPOINTS.find((candidate) => candidate.match(req.path));
    if (!endpoint) {
      if (!req.path.startsWith('/oidc/')) {
        next();
        return;
      }
      // Our interaction (interaction.routes.ts) answers GET only; everything else here is unknown.
      if (req.path.startsWith(`${INTERACTION_PATH}/`) && req.method !== 'GET') {
        res.setHeader('Allow', 'GET');
        sendProblem(req, res, 405, 'Method not allowed', 'Use GET.');
        return;
      }
      sendProblem(req, res, 404, 'Not found', 'Nothing was found here.');
      return;
    }
    if (!endpoint.methods.includes(req.method)) {
      res.setHeader('Allow', endpoint.methods.join(', '));
      sendProblem(req, res, 405, 'Method not allowed', `Use ${endpoint.methods.join(' or ')}.`);
      return;
    }
    if (endpoint.limited) {
      const wait = limits[endpoint.limited](req.socket.remoteAddress ?? 'unknown');
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        sendProblem(req, res, 429, 'Too many requests', 'Wait a moment and try again.');
        return;
      }
    }
    if (refuseOversize(req, res)) return;
    if (await sendToSignIn(req, res, deps)) return;
    pinPublicOrigin(req, publicUrl);
    await deps.oidc.callback(req, res);
  };
}
