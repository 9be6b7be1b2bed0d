import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { callbackRoutes } from './callback.routes.ts';
import { ClientRegistry } from './clients.ts';
import type { DemoContext } from './context.ts';
import { FlowStore } from './flow-store.ts';
import { securityHeaders, sendPage } from './http.ts';
import { log } from './log.ts';
import { loginRoutes } from './login.routes.ts';
import { appPage, errorPage, homePage } from './pages.ts';
import { PlatformConfigurations } from './platform.ts';
import { createSessionStore } from './session-store.ts';

export interface DemoAppOptions {
  /** The platform's issuer identifier, e.g. http://localhost:8080; discovery is at <issuer>/.well-known/openid-configuration. */
  issuer: string;
  /** Where residents reach this app, e.g. http://localhost:8090 (an origin, no path). */
  publicUrl: string;
  /** JSON file with [{ slug, name, clientId, clientSecret }], written by the platform in demo mode. */
  clientsFile: string;
}

const STATIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

function parsePublicUrl(value: string): URL {
  const url = new URL(value);
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    // Redirect URIs and cookie paths are built as <origin>/apps/<slug>/..., so a path prefix would break them.
    throw new Error('publicUrl must be an http(s) origin without a path, e.g. https://demo.example.nl');
  }
  return url;
}

export function createDemoApp(options: DemoAppOptions): express.Express {
  const ctx: DemoContext = {
    issuer: options.issuer,
    publicUrl: parsePublicUrl(options.publicUrl),
    clients: new ClientRegistry(options.clientsFile),
    flows: new FlowStore(),
    sessions: createSessionStore(),
    platform: new PlatformConfigurations(options.issuer),
  };

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use('/static', express.static(STATIC_DIR, { index: false, fallthrough: true }));

  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });

  app.get('/', async (_req, res) => {
    sendPage(res, 200, homePage({ clients: await ctx.clients.list(), platformUrl: ctx.issuer }));
  });

  app.use(loginRoutes(ctx));
  app.use(callbackRoutes(ctx));

  // Where target_link_uri usually points. This demo renders the result on the callback itself; a
  // real app would start its own session there and then redirect to target_link_uri.
  app.get('/apps/:slug', async (req, res, next) => {
    const client = await ctx.clients.find(req.params.slug);
    if (!client) return next();
    sendPage(res, 200, appPage({ client, platformUrl: ctx.issuer }));
  });

  app.use((_req: Request, res: Response) => {
    sendPage(
      res,
      404,
      errorPage({
        title: 'Pagina niet gevonden',
        message: 'Deze pagina bestaat niet. Ga terug naar Inwonercloud.',
        platformUrl: ctx.issuer,
      }),
    );
  });

  // Express needs all four parameters to see an error handler. No stack traces reach the page.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatus(error);
    if (status >= 500)
      log('error', 'unhandled error', { reason: error instanceof Error ? error.name : 'unknown' });
    sendPage(
      res,
      status,
      errorPage({
        title: status >= 500 ? 'Er ging iets mis' : 'Deze vraag klopt niet',
        message:
          status >= 500
            ? 'Er ging iets mis in deze app. Dat is niet jouw fout. Probeer het later opnieuw.'
            : 'Deze app kon je verzoek niet lezen. Ga terug naar Inwonercloud en open de app opnieuw.',
        platformUrl: ctx.issuer,
      }),
    );
  });

  return app;
}

/** Body-parser errors carry a 4xx status (too large, bad encoding); anything else is our fault. */
function httpStatus(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export async function startDemoApp(
  options: DemoAppOptions & { port: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createDemoApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) => {
      if (error) reject(error);
      else resolve(listening);
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
