import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { renderSVG } from 'uqr';
import type { OpenedReferral, Referral, ReferralCreated } from '../../shared/schemas/referral.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ForbiddenError, NotFoundError } from '../http/errors.ts';
import type { AuthUser } from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ReferralDoc, ReferralRepository } from './referral.repository.ts';

/** A referral link works for a week: long enough to get round to it, short enough to go stale. */
export const REFERRAL_LIFETIME_MS = 7 * 24 * 3600 * 1000;

const hash = (code: string) => createHash('sha256').update(code).digest('hex');

/** The municipalities a person is a professional (wijkteam, schuldhulp, practice nurse) of. */
export function professionalOf(user: AuthUser): string[] {
  return user.memberships.flatMap((m) => (m.role === 'professional' ? [m.municipality] : []));
}

function view(doc: ReferralDoc): Referral {
  return {
    id: doc._id,
    app: { slug: doc.slug, name: doc.appName },
    municipality: doc.municipality,
    note: doc.note,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    opened: doc.opened,
  };
}

export function createReferralsService(deps: {
  referrals: ReferralRepository;
  listings: ListingRepository;
  municipalities: MunicipalitiesService;
  audit: AuditService;
  publicUrl: string;
}) {
  const { referrals, audit } = deps;

  return {
    /** A professional sends a resident an app their municipality offers, with a personal note. */
    async create(
      user: AuthUser,
      input: { municipality: string; slug: string; note: string },
    ): Promise<ReferralCreated> {
      if (!professionalOf(user).includes(input.municipality))
        throw new ForbiddenError('Only a professional of this municipality refers residents.');
      // Only what residents of the municipality can open now (localInfo checks offer and conditions).
      await deps.municipalities.localInfo(input.municipality, input.slug);
      const listing = await deps.listings.findBySlug(input.slug);
      if (!listing?.live) throw new NotFoundError(`There is no live app "${input.slug}".`);
      const code = randomBytes(24).toString('base64url');
      const now = new Date();
      const doc: ReferralDoc = {
        _id: randomUUID(),
        codeHash: hash(code),
        municipality: input.municipality,
        slug: input.slug,
        appName: listing.live.content.name,
        professionalId: user.id,
        note: input.note,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + REFERRAL_LIFETIME_MS).toISOString(),
        created: now,
        opened: false,
      };
      await referrals.insert(doc);
      await audit.record({
        actor: user,
        action: 'referral.created',
        subject: { type: 'referral', id: doc._id },
        details: { slug: doc.slug, municipality: doc.municipality },
      });
      // The code rides in the fragment: browsers never send it to a server or in a Referer.
      const link = `${deps.publicUrl.replace(/\/$/, '')}/verwijzing#${code}`;
      const message = `${input.note ? `${input.note}\n\n` : ''}Bekijk de app ${doc.appName} via Inwonercloud: ${link}\nDeze link werkt tot ${doc.expiresAt.slice(0, 10)}.`;
      return { ...view(doc), link, qrSvg: renderSVG(link), message };
    },

    /** The professional's own referrals, with only whether each link was opened. */
    async list(user: AuthUser): Promise<Referral[]> {
      if (professionalOf(user).length === 0) throw new ForbiddenError('Only professionals refer residents.');
      return (await referrals.listByProfessional(user.id)).map(view);
    },

    /**
     * The resident opens the link. Nothing about them is stored or linked to the referral: not their
     * session, not the time, not whether they go on to launch the app (decision 073).
     */
    async open(code: string): Promise<OpenedReferral> {
      const doc = await referrals.open(hash(code), new Date().toISOString());
      if (!doc) throw new NotFoundError('This link does not work (any more). Ask for a new one.');
      return { app: { slug: doc.slug, name: doc.appName }, municipality: doc.municipality, note: doc.note };
    },
  };
}

export type ReferralsService = ReturnType<typeof createReferralsService>;
