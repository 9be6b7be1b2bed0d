import { randomBytes } from 'node:crypto';

/** What the callback needs to finish a launch; kept server-side so nothing secret sits in the browser. */
export interface PendingLaunch {
  slug: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

export const FLOW_TTL_MS = 10 * 60 * 1000;
export const FLOW_COOKIE = 'demo_launch';

/**
 * In-memory store of launches in progress, keyed by a random id that travels in a cookie.
 * Entries are single use and expire after 10 minutes. The size is capped because anyone who
 * knows a public client id can start a login, and that must not grow memory without bound.
 */
export class FlowStore {
  readonly #entries = new Map<string, PendingLaunch>();
  readonly #maxEntries: number;

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  create(launch: Omit<PendingLaunch, 'expiresAt'>, now = Date.now()): string {
    this.#sweep(now);
    while (this.#entries.size >= this.#maxEntries) {
      // A Map iterates in insertion order, so the first key is the oldest launch.
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    const id = randomBytes(32).toString('base64url');
    this.#entries.set(id, { ...launch, expiresAt: now + FLOW_TTL_MS });
    return id;
  }

  /** Returns the launch and deletes it, so a callback URL can never be replayed. */
  take(id: string, now = Date.now()): PendingLaunch | undefined {
    const launch = this.#entries.get(id);
    this.#entries.delete(id);
    if (!launch || launch.expiresAt <= now) return undefined;
    return launch;
  }

  get size(): number {
    return this.#entries.size;
  }

  #sweep(now: number): void {
    for (const [id, launch] of this.#entries) {
      if (launch.expiresAt <= now) this.#entries.delete(id);
    }
  }
}
