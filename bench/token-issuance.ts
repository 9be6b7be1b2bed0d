import { readFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { CATALOG_DIR, loadCatalogFiles } from '../server/catalog/catalog-files.ts';
import {
  Browser,
  basicAuth,
  type LaunchClient,
  type PreparedCode,
  prepareCode,
  redeem,
  tokenRequestBody,
} from './launch-flow.ts';
import { closedLoop, type Measurement } from './measure.ts';

/** A seed app that Utrecht offers, with optional claims, signing RS256 (the default alg). */
export const LAUNCH_SLUG = 'budgetcoach';
const RESIDENT = 'resident-fatima';

interface DemoClient {
  slug: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A signed-in resident who consented to the app, and the app's OIDC client: the demo credentials
 * the server provisioned in DATA_DIR/demo-clients.json, and the endpoints from discovery.
 */
export async function setUpLaunch(server: { url: string; dataDir: string }) {
  const demoClients = JSON.parse(
    await readFile(path.join(server.dataDir, 'demo-clients.json'), 'utf8'),
  ) as DemoClient[];
  const demo = demoClients.find((c) => c.slug === LAUNCH_SLUG);
  if (!demo) throw new Error(`no demo client for ${LAUNCH_SLUG}`);
  const seed = (await loadCatalogFiles(CATALOG_DIR)).listings.find((l) => l.slug === LAUNCH_SLUG);
  const discovery = (await (await fetch(`${server.url}/.well-known/openid-configuration`)).json()) as {
    authorization_endpoint: string;
    token_endpoint: string;
  };
  const client: LaunchClient = {
    slug: LAUNCH_SLUG,
    clientId: demo.clientId,
    clientSecret: demo.clientSecret,
    redirectUri: seed?.draft.launch.redirectUris[0] ?? '',
    authorizationEndpoint: discovery.authorization_endpoint,
    tokenEndpoint: discovery.token_endpoint,
  };
  const resident = new Browser(server.url);
  await resident.send('POST', '/api/v1/session/demo', { persona: RESIDENT });
  const claims = seed?.draft.claims.map((c) => c.claim) ?? [];
  await resident.send('PUT', `/api/v1/me/consents/${LAUNCH_SLUG}`, { claims });
  return { resident, client };
}

/** Walks `concurrency` launches at a time through the real flow until `count` codes or `seconds`. */
async function prepareCodes(
  resident: Browser,
  client: LaunchClient,
  options: { count: number; seconds: number; concurrency: number },
): Promise<{ codes: PreparedCode[]; perSecond: number }> {
  const codes: PreparedCode[] = [];
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (codes.length < options.count && performance.now() < deadline) {
        codes.push(await prepareCode(resident, client));
      }
    }),
  );
  return { codes, perSecond: codes.length / ((performance.now() - start) / 1000) };
}

export interface TokenIssuanceResult {
  token: Measurement;
  jose: Measurement;
  prepared: number;
  preparedPerSecond: number;
  sampleClaims: string[];
}

/**
 * ID-token issuance at the token endpoint (code redemption with client authentication, PKCE
 * check, grant and account lookups, pairwise subject, RS256 signature) beside raw jose SignJWT
 * of the same header and claims with a key of the same kind, in this process, at the same
 * concurrency. Codes live 60 s, so they are prepared just before they are redeemed.
 */
export async function measureTokenIssuance(
  server: { url: string; dataDir: string },
  options: { connections: number; seconds: number; maxCodes: number },
): Promise<TokenIssuanceResult> {
  const { resident, client } = await setUpLaunch(server);

  // One launch to see what the real ID token carries.
  const sampleToken = await redeem(client, await prepareCode(resident, client));
  const header = decodeProtectedHeader(sampleToken);
  const claims = decodeJwt(sampleToken);

  const { privateKey } = await generateKeyPair(header.alg ?? 'RS256', { modulusLength: 2048 });
  const signOnce = async () => {
    const now = Math.floor(Date.now() / 1000);
    await new SignJWT({ ...claims, iat: now, exp: now + 300 })
      .setProtectedHeader({ alg: header.alg ?? 'RS256', ...(header.kid ? { kid: header.kid } : {}) })
      .sign(privateKey);
  };
  const joseSeconds = Math.max(2, Math.round(options.seconds / 2));
  await closedLoop(signOnce, { concurrency: options.connections, seconds: 1 }); // warm-up
  const joseBefore = await closedLoop(signOnce, { concurrency: options.connections, seconds: joseSeconds });

  const { codes, perSecond } = await prepareCodes(resident, client, {
    count: options.maxCodes,
    seconds: 30,
    concurrency: 8,
  });
  let next = 0;
  // With `amount`, autocannon stops at its next one-second sample tick, so its duration is
  // rounded up to whole seconds (2000 codes in 4.1 s counted as 5 s): time the last response.
  const startedAt = performance.now();
  let lastResponseAt = startedAt;
  const result = await autocannon({
    url: client.tokenEndpoint,
    connections: options.connections,
    amount: codes.length,
    timeout: 20,
    method: 'POST',
    headers: { authorization: basicAuth(client), 'content-type': 'application/x-www-form-urlencoded' },
    requests: [
      {
        setupRequest: (request) => {
          const prepared = codes[next];
          next += 1;
          return prepared ? { ...request, body: tokenRequestBody(client, prepared) } : request;
        },
        onResponse: () => {
          lastResponseAt = performance.now();
        },
      },
    ],
  });
  const token: Measurement = {
    rps: result.requests.total / ((lastResponseAt - startedAt) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };

  const joseAfter = await closedLoop(signOnce, { concurrency: options.connections, seconds: joseSeconds });
  const jose: Measurement = {
    rps: (joseBefore.rps + joseAfter.rps) / 2,
    p50: (joseBefore.p50 + joseAfter.p50) / 2,
    p99: Math.max(joseBefore.p99, joseAfter.p99),
    requests: joseBefore.requests + joseAfter.requests,
    errors: joseBefore.errors + joseAfter.errors,
  };
  return {
    token,
    jose,
    prepared: codes.length,
    preparedPerSecond: perSecond,
    sampleClaims: Object.keys(claims).sort(),
  };
}
