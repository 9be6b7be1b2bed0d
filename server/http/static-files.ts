import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { type Encoding, negotiateEncoding, SUFFIX } from './content-encoding.ts';

interface StaticFile {
  /** Absolute path of the identity file. */
  file: string;
  encodings: Encoding[];
  /** A validator per encoding, from size and time (the app turns Express's own ETags off). */
  etags: Partial<Record<Encoding, string>>;
}

/**
 * Serves the built storefront's files with the precompressed copy the client accepts (brotli, then
 * gzip, then the file itself), `Vary: Accept-Encoding`, the original file's Content-Type, and
 * range, conditional and HEAD requests through `send` (docs/decisions/090). The files are listed
 * once: a build replaces them all, and the server restarts after one.
 */
export function precompressedStatic(
  dir: string,
  options: {
    /** The Cache-Control of a file, by its URL path. */
    cacheControl: (urlPath: string) => string;
    /** Paths that are files or nothing: a 404 there instead of the next handler. */
    filesOnly: RegExp;
    exclude?: RegExp;
  },
): RequestHandler {
  let files: Map<string, StaticFile> | undefined;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    files ??= listFiles(dir, options.exclude);
    // An empty list means the storefront was not built yet: look again next time.
    if (files.size === 0) files = undefined;
    const found = files?.get(req.path);
    if (!found) {
      // A missing file, under /assets or not, gets the server's one problem+json 404 (decision 083).
      next();
      return;
    }
    const encoding = negotiateEncoding(req.get('Accept-Encoding'), found.encodings);
    if (found.encodings.length > 1) res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', options.cacheControl(req.path));
    // `send` keeps a Content-Type that is set: the type of the content, not of the .br file.
    res.type(path.extname(found.file));
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    const file = encoding === 'identity' ? found.file : found.file + SUFFIX[encoding];
    const etag = found.etags[encoding];
    if (etag) res.setHeader('ETag', etag);
    res.sendFile(file, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (!error) return;
      if (!res.headersSent) {
        res.removeHeader('Content-Encoding');
        res.removeHeader('Content-Type');
      }
      next(error);
    });
  };
}

/** URL path -> file, with the encodings each has a copy in. */
function listFiles(dir: string, exclude: RegExp | undefined): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  let names: Set<string>;
  try {
    names = new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
        ),
    );
  } catch {
    return files;
  }
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz') || exclude?.test(name)) continue;
    const encodings: Encoding[] = ['identity'];
    if (names.has(`${name}.br`)) encodings.push('br');
    if (names.has(`${name}.gz`)) encodings.push('gzip');
    const file = path.join(dir, name);
    const etags: StaticFile['etags'] = {};
    for (const encoding of encodings) {
      const stats = statSync(encoding === 'identity' ? file : file + SUFFIX[encoding]);
      etags[encoding] = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    }
    files.set(`/${name}`, { file, encodings, etags });
  }
  return files;
}
