import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export type HeaderList = [name: string, value: string][];

/**
 * Strict CSP: scripts and styles only from our own origin (no inline), no framing. Forms may
 * post to https apps (the launch hands the window to the app's initiate_login_uri), and to
 * loopback apps only when demo sign-in is on (DESIGN.md "Launch").
 */
function helmetFor(options: { publicUrl: string; allowLoopbackApps: boolean }) {
  const https = options.publicUrl.startsWith('https:');
  const formAction = ["'self'", 'https:'];
  if (options.allowLoopbackApps) formAction.push('http://localhost:*', 'http://127.0.0.1:*');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction,
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The headers helmet sets, recorded once. Our policy has no per-request parts (no nonces), so
 * running helmet's dozen middlewares on every request would compute the same strings each time.
 */
export function securityHeaderList(options: { publicUrl: string; allowLoopbackApps: boolean }): HeaderList {
  const recorded = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      recorded.set(name, String(value));
    },
    removeHeader(name: string) {
      recorded.delete(name);
    },
  };
  let finished = false;
  helmetFor(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously');
  return [...recorded];
}

export function securityHeaders(headers: HeaderList): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
