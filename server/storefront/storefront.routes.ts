import path from 'node:path';
import type { Express } from 'express';
import { compress, type Encoding, negotiateEncoding } from '../http/content-encoding.ts';
import { sendProblem } from '../http/problem.middleware.ts';
import { precompressedStatic } from '../http/static-files.ts';
import type { FirstViewService, StorefrontPage } from './first-view.service.ts';

/** A last path segment with an extension: no storefront route has one. */
const FILE_LIKE = /\.[A-Za-z0-9]{1,8}$/;

const PAGE_ENCODINGS: Encoding[] = ['identity', 'br', 'gzip'];

/** A page's bytes per encoding, made once per page object (cached pages are reused). */
const encodedPages = new WeakMap<StorefrontPage, Map<Encoding, Buffer>>();

function encoded(page: StorefrontPage, encoding: Encoding): Buffer {
  let variants = encodedPages.get(page);
  if (!variants) {
    variants = new Map();
    encodedPages.set(page, variants);
  }
  let bytes = variants.get(encoding);
  if (!bytes) {
    bytes = compress(Buffer.from(page.html), encoding);
    variants.set(encoding, bytes);
  }
  return bytes;
}

/**
 * The built storefront: hashed assets cached for a year, other files and the pages revalidated;
 * every page URL gets the storefront's HTML with its first view rendered on the server, or a 404
 * for a path the storefront does not know (docs/decisions/090, 092).
 */
export function serveStorefront(app: Express, clientDir: string, firstViews: FirstViewService): void {
  app.use(
    precompressedStatic(clientDir, {
      cacheControl: (urlPath) =>
        urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      filesOnly: /^\/assets\//,
      // index.html is the pages' template, answered below with the first view filled in.
      exclude: /^index\.html$/,
    }),
  );
  app.get(/.*/, async (req, res, next) => {
    // A missing file (favicon.ico, an old bundle) or a client that wants JSON is not a page: the
    // one problem+json 404 of the whole server answers it (decision 083).
    if (FILE_LIKE.test(req.path) || req.accepts(['html', 'json']) !== 'html') {
      next();
      return;
    }
    const page = await firstViews.page(req.originalUrl);
    if (!page) {
      sendProblem(req, res, 503, 'Storefront not built', 'Run `npm run build` first.');
      return;
    }
    const encoding = negotiateEncoding(req.get('Accept-Encoding'), PAGE_ENCODINGS);
    const body = encoded(page, encoding);
    res.status(page.status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

export const storefrontFiles = (clientDir: string) => ({
  templateFile: path.join(clientDir, 'index.html'),
  rendererFile: path.join(clientDir, '..', 'ssr', 'entry-server.js'),
});
