import { readFile, stat } from 'node:fs/promises';
import { log } from './log.ts';

/**
 * One app's credentials, as a vendor would copy them from the vendor portal. In demo mode the
 * platform writes these to a JSON file so every demo listing can launch into this one server.
 */
export interface DemoClient {
  slug: string;
  name: string;
  clientId: string;
  clientSecret: string;
  /** Optional: pins the ID token algorithm when the app registered ES256 instead of the RS256 default. */
  idTokenSignedResponseAlg?: 'RS256' | 'ES256';
}

/** The slug ends up in URLs and a cookie Path, so only the platform's slug alphabet is accepted. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isNonEmptyString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function parseClient(entry: unknown): DemoClient | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { slug, name, clientId, clientSecret, idTokenSignedResponseAlg } = entry as Record<string, unknown>;
  if (!isNonEmptyString(slug, 60) || !SLUG_PATTERN.test(slug)) return undefined;
  if (
    !isNonEmptyString(name, 200) ||
    !isNonEmptyString(clientId, 256) ||
    !isNonEmptyString(clientSecret, 1024)
  ) {
    return undefined;
  }
  const client: DemoClient = { slug, name, clientId, clientSecret };
  if (idTokenSignedResponseAlg === 'RS256' || idTokenSignedResponseAlg === 'ES256') {
    client.idTokenSignedResponseAlg = idTokenSignedResponseAlg;
  }
  return client;
}

/** Parses the clients file; entries that do not have the documented shape are skipped, not fatal. */
export function parseClients(json: unknown): { clients: DemoClient[]; skipped: number } {
  if (!Array.isArray(json)) throw new TypeError('the clients file must hold a JSON array');
  const clients: DemoClient[] = [];
  let skipped = 0;
  for (const entry of json) {
    const client = parseClient(entry);
    if (client) clients.push(client);
    else skipped += 1;
  }
  return { clients, skipped };
}

/**
 * The apps this server answers for. The platform may add apps or rotate secrets while we run, so
 * the file is re-read whenever it changed on disk, and when a slug is not found.
 */
export class ClientRegistry {
  readonly #file: string;
  #clients = new Map<string, DemoClient>();
  #version = '';
  #warnedVersion = '';
  #lastForcedRead = 0;
  #pending: Promise<void> | undefined;

  constructor(file: string) {
    this.#file = file;
  }

  async list(): Promise<DemoClient[]> {
    await this.#refresh(false);
    return [...this.#clients.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async find(slug: string): Promise<DemoClient | undefined> {
    if (!SLUG_PATTERN.test(slug)) return undefined;
    await this.#refresh(false);
    // Anyone can ask for a made-up slug, so a forced re-read happens at most once a second.
    if (!this.#clients.has(slug) && Date.now() - this.#lastForcedRead >= 1000) {
      this.#lastForcedRead = Date.now();
      await this.#refresh(true);
    }
    return this.#clients.get(slug);
  }

  /** Concurrent requests share one read, so a burst of launches does not hammer the disk. */
  #refresh(force: boolean): Promise<void> {
    this.#pending ??= this.#load(force).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #load(force: boolean): Promise<void> {
    let version: string;
    try {
      const info = await stat(this.#file);
      version = `${info.mtimeMs}:${info.size}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // The platform writes this file when it starts; until then we simply have no apps.
        if (this.#version !== 'missing') log('warn', 'clients file not found (yet)', { file: this.#file });
        this.#clients = new Map();
        this.#version = 'missing';
        return;
      }
      throw error;
    }
    if (!force && version === this.#version) return;
    try {
      const { clients, skipped } = parseClients(JSON.parse(await readFile(this.#file, 'utf8')));
      this.#clients = new Map(clients.map((client) => [client.slug, client]));
      this.#version = version;
      if (skipped > 0 && this.#warnedVersion !== version) {
        this.#warnedVersion = version;
        log('warn', 'clients file has entries with a wrong shape; skipped them', { skipped });
      }
    } catch (error) {
      // Keep the last good list: the platform may be halfway through writing the file.
      log('warn', 'could not read clients file; keeping the previous list', {
        file: this.#file,
        reason: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
}
