import { deflateSync } from 'node:zlib';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, prepareCode, redeem } from '../../bench/launch-flow.ts';
import { type RunningServer, startServer } from '../../bench/server-process.ts';
import { setUpLaunch } from '../../bench/token-issuance.ts';
import { makeTempDir } from '../setup/temp-dir.ts';

/*
 * Every other test runs the TypeScript source; production runs the esbuild bundle in dist/node
 * (docs/decisions/017), as `npm start` starts it, here with two processes. Bundling can break what
 * source never does (a renamed class that oidc-provider looks up by name answered every token
 * request with 500), so the journeys that cross the most code run once against the bundle.
 * `npm test` builds first.
 */

let server: RunningServer;
let removeDir: () => Promise<void>;
let dataDir: string;

beforeAll(async () => {
  const temp = await makeTempDir();
  dataDir = temp.dir;
  removeDir = temp.remove;
  server = await startServer({ dataDir, env: { PROCESSES: '2', LOG_LEVEL: 'warn' } });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await removeDir?.();
});

/** A small PNG of solid colour, as a vendor's screenshot. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the bundled server (dist/node), two processes', () => {
  it('serves the catalog, the first view of an app page and a 404 for an unknown one', async () => {
    const list = (await (await fetch(`${server.url}/api/v1/apps`)).json()) as { items: { slug: string }[] };
    expect(list.items.map((item) => item.slug)).toContain('budgetcoach');

    // The first-view renderer loads just after the server listens (decision 016); until then the
    // page is the client's shell, so the rendered title is awaited.
    await expect
      .poll(async () => {
        const page = await fetch(`${server.url}/apps/budgetcoach`);
        return `${page.status} ${/<title>([^<]*)<\/title>/.exec(await page.text())?.[1]}`;
      })
      .toBe('200 BudgetCoach | Inwonercloud');
    expect((await fetch(`${server.url}/apps/bestaat-niet`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/v1/openapi.json`)).status).toBe(200);
  });

  it('launches an app: the code is redeemed for an ID token signed with the published keys', async () => {
    const { resident, client } = await setUpLaunch({ url: server.url, dataDir });
    const idToken = await redeem(client, await prepareCode(resident, client));
    const keys = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(idToken, keys, { issuer: server.url, audience: client.clientId });
    expect(payload.sub).toEqual(expect.any(String));
    expect(payload.nonce).toEqual(expect.any(String));
  });

  it('re-encodes an uploaded screenshot (libvips loads at the first upload)', async () => {
    const vendor = new Browser(server.url);
    await vendor.send('POST', '/api/v1/session/demo', { persona: 'vendor-samensterk' });
    const [listing] = await vendor.send<{ id: string }[]>('GET', '/api/v1/vendor/listings');
    const upload = await vendor.fetch(
      `${server.url}/api/v1/vendor/listings/${listing?.id}/media?kind=screenshot`,
      { method: 'POST', body: new Uint8Array(png(400, 800)), headers: { 'content-type': 'image/png' } },
    );
    expect(upload.status).toBe(201);
    const stored = (await upload.json()) as { src: string; contentType: string; width: number };
    expect(stored).toMatchObject({ contentType: 'image/webp', width: 400 });
    const image = await fetch(`${server.url}${stored.src}`);
    expect(image.headers.get('content-type')).toBe('image/webp');
  });
});
