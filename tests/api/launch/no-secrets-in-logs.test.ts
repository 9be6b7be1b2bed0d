import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import { publishApp } from '../../factories/published-app.ts';
import { CookieBrowser } from '../../setup/cookie-browser.ts';
import { startTestServer, type TestServer } from '../../setup/test-server.ts';
import { authorize, discoverClient, redeem, startAuthorization } from './oidc-flow.ts';

const lines: string[] = [];
let server: TestServer;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  server = await startTestServer(
    { SIGN_IN_LIMIT_PER_MINUTE: '10000' },
    { logger: pino({ level: 'debug' }, sink) },
  );
});
afterAll(() => server.close());

describe('logs', () => {
  it('carry no login hint, code, token, cookie or client secret of a whole launch', async () => {
    const app = await publishApp(server.url);
    const browser = new CookieBrowser(server.url);
    await browser.json('POST', '/api/v1/session/demo', { persona: 'resident-fatima' });
    await browser.json('PUT', `/api/v1/me/consents/${app.slug}`, { claims: ['given_name'] });
    const launch = LaunchResponseSchema.parse(
      await (await browser.json('POST', `/api/v1/apps/${app.slug}/launches`)).json(),
    );
    const config = await discoverClient(server.url, app.clientId, app.clientSecret);
    const start = await startAuthorization(
      config,
      launch.fields.login_hint,
      'https://testapp.example/callback',
    );
    const callback = await authorize(browser, start);
    const tokens = await redeem(config, callback, start);

    expect(lines.length).toBeGreaterThan(10);
    const secrets = [
      launch.fields.login_hint,
      callback.searchParams.get('code') ?? 'missing-code',
      tokens.id_token ?? 'missing-token',
      tokens.access_token,
      app.clientSecret,
      ...[...browser.cookies.values()],
    ];
    for (const [i, secret] of secrets.entries()) {
      const found = lines.find((line) => line.includes(secret));
      expect(found, `secret #${i} appears in the log`).toBeUndefined();
    }
  });
});
