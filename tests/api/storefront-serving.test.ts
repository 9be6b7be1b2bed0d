/**
 * The production server's storefront (issue 10 part 3): precompressed files by Accept-Encoding,
 * and the first view of home and app pages rendered on the server. Needs `npm run build` (as the
 * browser journeys do): the files and the renderer under test are the build's output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/boot.ts';
import { AppListSchema } from '../../shared/schemas/catalog.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: TestServer;
let assets: { css: string; js: string };

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIR, '..', 'ssr', 'entry-server.js'))) {
    throw new Error('run `npm run build` first: these tests check the built storefront');
  }
  server = await startTestServer();
  const html = readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8');
  assets = {
    css: html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1] as string,
    js: html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] as string,
  };
});
afterAll(() => server?.close());

/** node:http, which neither asks for nor undoes an encoding by itself (fetch does both). */
function rawRequest(
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
}

const onDisk = (urlPath: string) => readFileSync(path.join(CLIENT_DIR, urlPath));

describe('storefront', () => {
  describe('GET /assets/{file}', () => {
    it.each([
      ['br', 'gzip, deflate, br'],
      ['gzip', 'gzip, deflate'],
      ['gzip', 'br;q=0, gzip'],
      [undefined, 'identity'],
      [undefined, ''],
    ])('answers %s for Accept-Encoding "%s", the same content, with Vary', async (encoding, accept) => {
      const response = await rawRequest(assets.css, accept ? { 'Accept-Encoding': accept } : {});

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(decoded(response)).toBe(onDisk(assets.css).toString('utf8'));
    });

    it('sends JavaScript as JavaScript when it sends the brotli copy', async () => {
      const response = await rawRequest(assets.js, { 'Accept-Encoding': 'br' });

      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.body.length).toBeLessThan(onDisk(assets.js).length / 2);
    });

    it('answers a range of the representation it chose', async () => {
      const identity = await rawRequest(assets.js, { Range: 'bytes=0-99' });
      const brotli = await rawRequest(assets.js, { Range: 'bytes=10-19', 'Accept-Encoding': 'br' });

      expect(identity.status).toBe(206);
      expect(identity.headers['content-range']).toBe(`bytes 0-99/${onDisk(assets.js).length}`);
      expect(identity.body).toEqual(onDisk(assets.js).subarray(0, 100));
      expect(brotli.status).toBe(206);
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.body).toEqual(onDisk(`${assets.js}.br`).subarray(10, 20));
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      const response = await rawRequest(assets.css, { 'Accept-Encoding': 'gzip' }, 'HEAD');

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(Number(response.headers['content-length'])).toBe(onDisk(`${assets.css}.gz`).length);
      expect(response.body.length).toBe(0);
    });

    it('answers 304 to a revalidation of the encoding it sent', async () => {
      const first = await rawRequest(assets.css, { 'Accept-Encoding': 'br' });
      const again = await rawRequest(assets.css, {
        'Accept-Encoding': 'br',
        'If-None-Match': String(first.headers.etag),
      });
      const otherEncoding = await rawRequest(assets.css, {
        'Accept-Encoding': 'gzip',
        'If-None-Match': String(first.headers.etag),
      });

      expect(again.status).toBe(304);
      expect(again.headers['content-encoding']).toBeUndefined();
      expect(otherEncoding.status).toBe(200);
    });

    it('answers 404 for a file that is not there, not the storefront page', async () => {
      const response = await rawRequest('/assets/index-missing.js');

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).not.toMatch(/html/);
    });
  });

  describe('GET a page', () => {
    it('renders the home page on the server, compressed, revalidated each time', async () => {
      const response = await rawRequest('/', { 'Accept-Encoding': 'br, gzip' });
      const html = decoded(response);

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(html).toContain('<title>Home | Inwonercloud</title>');
      expect(html).toContain(`<link rel="canonical" href="${server.url}/" />`);
      expect(html).toMatch(/<div id="root"><div class="voorbeeld-theme[\s\S]*<h1[^>]*>[^<]+<\/h1>/);
    });

    it("gives an app page the app's title, description and canonical link, and the app in the HTML", async () => {
      const list = AppListSchema.parse(await (await fetch(`${server.url}/api/v1/apps?pageSize=1`)).json());
      const app = list.items[0];
      if (!app) throw new Error('the seed catalog has no app');

      const response = await rawRequest(`/apps/${app.slug}`, { 'Accept-Encoding': 'gzip' });
      const html = decoded(response);

      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(html).toContain(`<title>${app.name} | Inwonercloud</title>`);
      expect(html).toContain(`<meta name="description" content="${app.tagline.nl}" />`);
      expect(html).toContain(`<link rel="canonical" href="${server.url}/apps/${app.slug}" />`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${app.name}</h1>`));
      expect(html).toContain(app.tagline.nl);
      // The router's data travels as JSON that is never executed, so the strict CSP holds.
      const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
      for (const attributes of scripts)
        expect(attributes).toMatch(/\ssrc="\/assets\/|type="application\/json"/);
      expect(html).toContain('type="application/json" id="first-view-data"');
    });

    it.each([
      ['an unknown app', '/apps/bestaat-niet'],
      ['an unknown path', '/bestaat/niet'],
    ])('answers 404 with the "not found" page for %s', async (_name, urlPath) => {
      const response = await rawRequest(urlPath);
      const html = decoded(response);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html).toContain('<title>Pagina niet gevonden | Inwonercloud</title>');
      expect(html).toMatch(/<h1[^>]*>Pagina niet gevonden<\/h1>/);
      expect(html).not.toContain('rel="canonical"');
      expect(html).not.toContain('first-view-data');
    });

    it('answers a page only the browser renders with the storefront, 200', async () => {
      const response = await rawRequest('/inloggen');

      expect(response.status).toBe(200);
      expect(decoded(response)).toContain('<div id="root"></div>');
    });

    it('answers a missing file outside /assets with a short 404, not a page', async () => {
      const response = await rawRequest('/favicon.ico');

      expect(response.status).toBe(404);
      // The one error shape of the whole server (decision 083), not the storefront's page.
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers HEAD for a page without a body', async () => {
      const response = await rawRequest('/', {}, 'HEAD');

      expect(response.status).toBe(200);
      expect(Number(response.headers['content-length'])).toBeGreaterThan(1000);
      expect(response.body.length).toBe(0);
    });
  });
});
