import type { CookieOptions } from 'express';
import type { ClientRegistry } from './clients.ts';
import { FLOW_TTL_MS, type FlowStore } from './flow-store.ts';
import type { PlatformConfigurations } from './platform.ts';
import type { SessionStore } from './session-store.ts';

/** What the route modules share; made once per app by createDemoApp. */
export interface DemoContext {
  /** The platform's issuer identifier, exactly as configured. */
  issuer: string;
  /** This app's public origin; all URLs we hand out or compare are built from it, never from Host. */
  publicUrl: URL;
  clients: ClientRegistry;
  flows: FlowStore;
  /** Signed-in residents' claims between the callback and the welcome page. */
  sessions: SessionStore;
  platform: PlatformConfigurations;
}

export function appPath(slug: string): string {
  return `/apps/${slug}`;
}

/** The registered redirect URI. The platform compares it exactly, so it is built in one place only. */
export function redirectUri(ctx: DemoContext, slug: string): string {
  return new URL(`${appPath(slug)}/callback`, ctx.publicUrl).href;
}

/**
 * The launch cookie only travels to this app's own paths. Lax (not Strict) because the callback
 * is a top-level redirect from the platform, which is another site.
 */
export function flowCookieOptions(ctx: DemoContext, slug: string): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.publicUrl.protocol === 'https:',
    path: appPath(slug),
    maxAge: FLOW_TTL_MS,
  };
}
