import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { keyEncryption, resolveEncryptionKey } from '../../../server/launch/keys/key-encryption.ts';
import { createKeyRepository } from '../../../server/launch/keys/signing-keys.ts';
import { openEmbeddedStore } from '../../../server/store/embedded.store.ts';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { makeTempDir } from '../../setup/temp-dir.ts';
import { startTestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

const REDIRECT = 'https://testapp.example/callback';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function launchToken(url: string, app: Awaited<ReturnType<typeof publishApp>>) {
  const browser = new CookieBrowser(url);
  await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
  await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
  const launch = (await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json()) as {
    fields: { login_hint: string };
  };
  const config = await discoverClient(url, app.clientId, app.clientSecret);
  const start = await startAuthorization(config, launch.fields.login_hint, REDIRECT);
  return (await redeem(config, await authorize(browser, start), start)).id_token as string;
}

describe('signing key rotation', () => {
  it('publishes the next key before it signs, and a token signed before rotation still verifies after it', async () => {
    const temp = await makeTempDir('rotation-');
    cleanups.push(temp.remove);
    const env = { SIGN_IN_LIMIT_PER_MINUTE: '10000' };

    // Arrange: a token signed by the first active key.
    let server = await startTestServer(env, { dataDir: temp.dir });
    const app = await publishApp(server.url);
    const before = await launchToken(server.url, app);
    // Each restart gets a new ephemeral port, hence a new issuer; the keys are what carries over.
    const firstIssuer = server.url;
    const firstKid = decodeProtectedHeader(before).kid;

    // Act 1: publish the next keys and restart: the JWKS shows them, the old key still signs.
    const { published } = await server.services.keys.rotate();
    await server.close();
    server = await startTestServer(env, { dataDir: temp.dir });
    let jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([...published, firstKid]));
    const stillOld = await launchToken(server.url, { ...app });
    expect(decodeProtectedHeader(stillOld).kid).toBe(firstKid);

    // Act 2: activate them and restart: the new key signs, the retired one is still published.
    await server.services.keys.rotate();
    await server.close();
    server = await startTestServer(env, { dataDir: temp.dir });
    cleanups.push(() => server.close());
    const after = await launchToken(server.url, app);
    expect(published).toContain(decodeProtectedHeader(after).kid);
    jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(firstKid);

    // Assert: the token from before the rotations verifies against today's JWKS.
    const keySet = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
    await expect(
      jwtVerify(before, keySet, { issuer: firstIssuer, audience: app.clientId }),
    ).resolves.toBeTruthy();
  });

  it('is seen by a running instance without a restart, when another instance rotated (issue 10)', async () => {
    const temp = await makeTempDir('rotation-live-');
    cleanups.push(temp.remove);
    const env = { SIGN_IN_LIMIT_PER_MINUTE: '10000' };
    const server = await startTestServer(env, { dataDir: temp.dir });
    cleanups.push(() => server.close());
    const app = await publishApp(server.url);
    const kids = async () =>
      (
        (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }
      ).keys.map((k) => k.kid);
    const firstKid = decodeProtectedHeader(await launchToken(server.url, app)).kid;

    // Another instance of the fleet (its own connection to the same store) rotates twice.
    const other = await openEmbeddedStore(temp.dir);
    cleanups.push(() => other.close());
    const otherKeys = await createKeyRepository(
      other,
      keyEncryption(await resolveEncryptionKey(undefined, temp.dir, true)),
    );
    const { published } = await otherKeys.rotate();
    expect(await kids()).not.toEqual(expect.arrayContaining(published));

    // This instance looks at the keys (every 10 s on its own; now, for the test).
    await server.services.oidcProvider.refresh();
    expect(await kids()).toEqual(expect.arrayContaining([...published, firstKid]));

    await otherKeys.rotate();
    await server.services.oidcProvider.refresh();
    const after = await launchToken(server.url, app);
    expect(published).toContain(decodeProtectedHeader(after).kid);
  });
});
