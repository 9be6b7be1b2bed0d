import { createHmac, hkdfSync } from 'node:crypto';
import type { AppRequestCounts, AppRequestStatus } from '../../shared/schemas/app-request.ts';
import type { CatalogService } from '../catalog/catalog.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { type AuthUser, administersMunicipality, residentMunicipality } from '../identity/identity.types.ts';
import type { AppRequestRepository } from './app-request.repository.ts';
import type { MunicipalityRepository } from './municipality.repository.ts';

/**
 * The key that turns resident + app into a request id: derived from the person-id secret with its
 * own label, so it is never the same key as any other HMAC, and lives encrypted with the others.
 */
export function appRequestKey(personIdSecret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', personIdSecret, Buffer.alloc(0), 'inwonercloud/app-requests/v1', 32));
}

/**
 * Residents ask their municipality to offer an app; its administrators see how many asked
 * (issue 11). A wish is private, from staff too: the store holds a keyed hash per resident and app,
 * the municipality and the day, never the resident (docs/decisions/105).
 */
export function createAppRequestsService(deps: {
  requests: AppRequestRepository;
  municipalities: MunicipalityRepository;
  catalog: CatalogService;
  /** The HMAC key (appRequestKey); a function, as the key store is opened after this service. */
  key: () => Promise<Buffer>;
}) {
  const { requests, municipalities, catalog } = deps;

  async function requestId(user: AuthUser, slug: string): Promise<string> {
    return createHmac('sha256', await deps.key())
      .update(`${user.id}\n${slug}`)
      .digest('base64url');
  }

  /** The resident's municipality and whether it offers the live app; refuses anyone else. */
  async function context(user: AuthUser, slug: string) {
    const resident = user.memberships.some((m) => m.role === 'resident');
    if (!resident) throw new ForbiddenError('Only residents ask their municipality for an app.');
    const code = residentMunicipality(user);
    if (!code) throw new ForbiddenError('We do not know your municipality, so there is nobody to ask.');
    if (!(await catalog.isLive(slug))) throw new NotFoundError(`There is no app "${slug}" in the catalog.`);
    const municipality = await municipalities.find(code);
    if (!municipality) throw new NotFoundError(`There is no municipality ${code}.`);
    return { code, offered: municipality.offers.includes(slug) };
  }

  async function status(user: AuthUser, slug: string): Promise<AppRequestStatus> {
    const { code, offered } = await context(user, slug);
    const saved = await requests.find(await requestId(user, slug));
    return { slug, municipality: code, requested: !offered && saved === code, offered };
  }

  return {
    /** Whether this resident asked for this app, for the app page. */
    status,

    /** Records the request once per resident and app; nothing is stored for an app already offered. */
    async request(user: AuthUser, slug: string): Promise<AppRequestStatus> {
      const { code, offered } = await context(user, slug);
      if (offered) throw new ConflictError('Your municipality offers this app already.');
      await requests.save(await requestId(user, slug), code, slug);
      return { slug, municipality: code, requested: true, offered: false };
    },

    /** Withdraws the request; withdrawing one that is not there is fine (idempotent). */
    async withdraw(user: AuthUser, slug: string): Promise<void> {
      await context(user, slug);
      await requests.remove(await requestId(user, slug));
    },

    /** Residents per live app the municipality does not offer; for its administrators only. */
    async counts(user: AuthUser, code: string): Promise<AppRequestCounts> {
      if (!administersMunicipality(user, code)) {
        throw new ForbiddenError(
          'Only an administrator of this municipality sees what its residents ask for.',
        );
      }
      const municipality = await municipalities.find(code);
      if (!municipality) throw new NotFoundError(`There is no municipality ${code}.`);
      const counts = await requests.countByApp(code);
      const items: AppRequestCounts['items'] = [];
      for (const [slug, residents] of counts) {
        if (!municipality.offers.includes(slug) && (await catalog.isLive(slug)))
          items.push({ slug, residents });
      }
      items.sort((a, b) => b.residents - a.residents || a.slug.localeCompare(b.slug));
      return { code, items };
    },
  };
}

export type AppRequestsService = ReturnType<typeof createAppRequestsService>;
