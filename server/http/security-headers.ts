import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Strict CSP: scripts and styles only from our own origin (no inline), no framing. Forms may
 * post to https apps (the launch hands the window to the app's initiate_login_uri), and to
 * loopback apps only when demo sign-in is on (DESIGN.md "Launch").
 */
export function securityHeaders(options: { publicUrl: string; allowLoopbackApps: boolean }): RequestHandler {
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
