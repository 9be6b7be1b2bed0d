import { randomBytes } from 'node:crypto';
import { type AssuranceLevel, EIDAS_LOA_URI, meetsAssurance } from '../../shared/assurance.ts';
import type { ClaimId } from '../../shared/claims.ts';
import type { ProblemCode } from '../../shared/problem-codes.ts';
import type { Consent, ConsentHistoryEntry, LaunchResponse } from '../../shared/schemas/launch.ts';
import type { LaunchRegistration } from '../../shared/schemas/listing.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { type AuthUser, residentMunicipality, vendorOrganisations } from '../identity/identity.types.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { MunicipalityRepository } from '../municipalities/municipality.repository.ts';
import type { OfferConditionsRepository } from '../municipalities/offer-conditions.repository.ts';
import { offerCheck } from '../municipalities/offer-visibility.ts';
import type { UsageRepository } from '../municipalities/usage.repository.ts';
import { hasClientCredentials } from './client-credentials.ts';
import type { ConsentRecord, ConsentRepository } from './consent.repository.ts';
import type { ConsentHistoryRepository } from './consent-history.repository.ts';
import type { LaunchHint, LaunchHintRepository } from './launch-hint.repository.ts';
import { TEST_MUNICIPALITY, TEST_RESIDENT_ID } from './test-resident.ts';

export const LOGIN_HINT_TTL_MS = 2 * 60 * 1000;

/** The OIDC error an app receives for a refused launch (OpenID Connect Core 3.1.2.6). */
export type LaunchRefusal = 'access_denied' | 'login_required' | 'consent_required';

/** A launch the platform refuses; the OIDC layer turns it into an error response to the app. */
export class LaunchRefusedError extends AppError {
  constructor(
    status: number,
    readonly reason: string,
    readonly oidcError: LaunchRefusal = 'access_denied',
    /** The app whose consent page answers a `consent_required` inside the flow. */
    readonly slug?: string,
    code?: ProblemCode,
  ) {
    super(status, 'Launch refused', reason, { code });
  }
}

/**
 * A launch below the level a listing (or the app's request) asks for: `login_required`, as inside an
 * app's sign-in the resident must sign in again, higher; the storefront turns the code into "sign in
 * again with DigiD at level X" (issue 14).
 */
export function stepUpRefusal(level: AssuranceLevel): LaunchRefusedError {
  return new LaunchRefusedError(
    401,
    `Sign in again at level ${level} to open this app.`,
    'login_required',
    undefined,
    `step-up-${level}`,
  );
}

interface Deps {
  listings: ListingRepository;
  municipalities: MunicipalityRepository;
  offerConditions: OfferConditionsRepository;
  consents: ConsentRepository;
  /** Counts launches per municipality, app and week (aggregate usage figures). */
  usage?: UsageRepository;
  hints: LaunchHintRepository;
  /** The resident's own record of consents given and revoked; not the staff audit trail (issue 9). */
  history: ConsentHistoryRepository;
  /** Every launch stores a login hint: per resident, and per vendor organisation for test launches. */
  limits: { launches: RateLimiter; vendorWrites: RateLimiter };
  issuer: string;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function createLaunchService(deps: Deps) {
  const { listings, municipalities, consents, hints, history } = deps;

  function requireResident(user: AuthUser): void {
    if (!user.memberships.some((m) => m.role === 'resident'))
      throw new ForbiddenError('Only residents open apps.');
  }

  /** Where the resident lives; a broker that did not say leaves them browsing, not launching (issue 14). */
  function requireMunicipality(user: AuthUser): string {
    requireResident(user);
    const municipality = residentMunicipality(user);
    if (!municipality)
      throw new AppError(
        403,
        'Municipality unknown',
        'Your sign-in did not say which municipality you live in.',
      );
    return municipality;
  }

  /** A launch below the listing's minimum level asks for a step-up at the broker instead of failing. */
  function requireAssurance(user: AuthUser, listing: ListingDoc): void {
    const required = listing.live?.content.launch.minimumAssurance;
    if (required && !meetsAssurance(user.assurance ?? null, required)) throw stepUpRefusal(required);
  }

  async function liveListing(slug: string): Promise<ListingDoc & { live: NonNullable<ListingDoc['live']> }> {
    const listing = await listings.findBySlug(slug);
    if (!listing?.live || listing.status !== 'live')
      throw new NotFoundError(`There is no live app "${slug}".`);
    return listing as ListingDoc & { live: NonNullable<ListingDoc['live']> };
  }

  const approvedClaims = (listing: { live: NonNullable<ListingDoc['live']> }) =>
    listing.live.content.claims.map((c) => c.claim);

  /** Consent covers the launch when it was given against the current approved claims and holds every required one. */
  function consentCovers(
    consent: ConsentRecord | null,
    listing: { live: NonNullable<ListingDoc['live']> },
  ): boolean {
    if (!consent || !sameSet(consent.approvedClaims, approvedClaims(listing))) return false;
    return listing.live.content.claims.every((c) => !c.required || consent.claims.includes(c.claim));
  }

  /** Every check of a launch, run at POST /launches and again at the authorization endpoint. */
  async function checkLaunch(user: AuthUser, listing: ListingDoc, municipality: string) {
    if (listing.status !== 'live' || !listing.live)
      throw new LaunchRefusedError(404, 'The app is not available.');
    // Two reads from different collections: side by side, each waits its own store queue (issue 5).
    const [offered, consent, local] = await Promise.all([
      municipalities.offers(municipality, listing.slug),
      consents.find(user.id, listing._id),
      deps.offerConditions.find(municipality, listing.slug),
    ]);
    // An offer before its go-live date or without its required local conditions is not an offer yet.
    if (!offered || !offerCheck(local, Date.now()).visible) {
      throw new LaunchRefusedError(403, 'Your municipality does not offer this app.');
    }
    if (!consentCovers(consent, listing as ListingDoc & { live: NonNullable<ListingDoc['live']> })) {
      throw new LaunchRefusedError(
        409,
        'Agree to what the app receives first.',
        'consent_required',
        listing.slug,
      );
    }
    const approved = approvedClaims(listing as ListingDoc & { live: NonNullable<ListingDoc['live']> });
    return (consent as ConsentRecord).claims.filter((c) => approved.includes(c));
  }

  function availabilityOf(listing: ListingDoc | null, offers: string[]): Consent['availability'] {
    if (!listing || listing.status === 'withdrawn' || !listing.live) return { state: 'withdrawn' };
    if (listing.status === 'suspended') {
      return {
        state: 'suspended',
        ...(listing.suspension ? { reason: listing.suspension.reason, since: listing.suspension.at } : {}),
      };
    }
    return offers.includes(listing.slug) ? { state: 'available' } : { state: 'not-offered' };
  }

  function toConsent(record: ConsentRecord, listing: ListingDoc | null, offers?: string[]): Consent {
    const live = listing?.live;
    return {
      slug: record.slug,
      name: live?.content.name ?? listing?.draft.name ?? record.slug,
      ...(live?.content.icon ? { icon: live.content.icon } : {}),
      claims: record.claims,
      grantedAt: record.grantedAt,
      current:
        !!live &&
        listing?.status === 'live' &&
        sameSet(
          record.approvedClaims,
          live.content.claims.map((c) => c.claim),
        ),
      lastLaunch: record.lastLaunch,
      ...(offers ? { availability: availabilityOf(listing, offers) } : {}),
    };
  }

  /** Stores a single-use login hint and says where to send the browser with it (third-party-initiated login). */
  async function startLaunch(
    binding: Omit<LaunchHint, 'expiresAt'>,
    registration: LaunchRegistration,
    clientId: string,
  ): Promise<LaunchResponse> {
    const hint = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + LOGIN_HINT_TTL_MS);
    await hints.insert(hint, { ...binding, expiresAt });
    return {
      action: registration.initiateLoginUri,
      // Listings stored before the method was part of the registration take the default.
      method: registration.initiateLoginMethod ?? 'GET',
      fields: {
        iss: deps.issuer,
        login_hint: hint,
        target_link_uri: `${new URL(registration.initiateLoginUri).origin}/`,
        client_id: clientId,
      },
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** A vendor's test launch: its own draft's registration, the fictional test resident, every draft claim. */
  async function authorizeTest(
    user: AuthUser,
    listingId: string,
    params: { clientId: string; redirectUri: string },
  ) {
    const listing = await listings.findById(listingId);
    if (
      !listing ||
      !vendorOrganisations(user).includes(listing.organisationId) ||
      listing.status === 'withdrawn'
    ) {
      throw new LaunchRefusedError(403, 'Only the vendor can test-launch its listing.');
    }
    if (listing.clientId !== params.clientId) {
      throw new LaunchRefusedError(400, 'This launch is for another app.');
    }
    if (!listing.draft.launch.redirectUris.includes(params.redirectUri)) {
      throw new LaunchRefusedError(400, 'The redirect URI is not registered in the draft.');
    }
    const claims = listing.draft.claims.map((c) => c.claim);
    return { accountId: TEST_RESIDENT_ID, listingId, municipality: TEST_MUNICIPALITY, claims, test: true };
  }

  /**
   * App-initiated sign-in ("Inloggen met Inwonercloud", issue 15): an authorization request
   * without a hint gets the same checks as a launch from the storefront, on the live registration.
   */
  async function authorizeDirect(user: AuthUser, params: { clientId: string; redirectUri: string }) {
    const listing = await listings.findByClientId(params.clientId);
    if (!listing?.live || listing.status !== 'live') {
      throw new LaunchRefusedError(404, 'The app is not available.');
    }
    if (!listing.live.content.launch.redirectUris.includes(params.redirectUri)) {
      throw new LaunchRefusedError(400, 'The redirect URI is not registered for this app.');
    }
    const municipality = residentMunicipality(user);
    if (!municipality) throw new LaunchRefusedError(403, 'Only residents open apps.');
    const claims = await checkLaunch(user, listing, municipality);
    requireAssurance(user, listing);
    return {
      acr: user.assurance ? EIDAS_LOA_URI[user.assurance] : undefined,
      accountId: user.id,
      listingId: listing._id,
      municipality,
      claims,
      test: false,
    };
  }

  return {
    /**
     * At the token endpoint: what a launch may still release now. Consent can be revoked, an app
     * suspended or no longer offered after the code was issued; null refuses the redemption.
     */
    async claimsAtRedemption(record: {
      personId: string;
      listingId: string;
      municipality: string;
      claims: ClaimId[];
      test: boolean;
    }): Promise<ClaimId[] | null> {
      const listing = await listings.findById(record.listingId);
      if (record.test) return listing && listing.status !== 'withdrawn' ? record.claims : null;
      if (!listing?.live || listing.status !== 'live') return null;
      const [offered, consent] = await Promise.all([
        municipalities.offers(record.municipality, listing.slug),
        consents.find(record.personId, listing._id),
      ]);
      const live = listing as ListingDoc & { live: NonNullable<ListingDoc['live']> };
      if (!offered || !consent || !consentCovers(consent, live)) return null;
      return record.claims.filter((claim) => consent.claims.includes(claim));
    },

    /** Before the provider stores an interaction: refuses an app-initiated sign-in that cannot become a launch. */
    async precheck(user: AuthUser, params: { clientId: string; redirectUri: string }): Promise<void> {
      await authorizeDirect(user, params);
    },

    /** Starts a vendor's test launch of its draft, as the fictional test resident (tokens marked test). */
    async createTestLaunch(user: AuthUser, listingId: string): Promise<LaunchResponse> {
      const listing = await listings.findById(listingId);
      if (!listing || !vendorOrganisations(user).includes(listing.organisationId)) {
        throw new NotFoundError('No such listing.');
      }
      if (listing.status === 'withdrawn') throw new ConflictError('A withdrawn listing cannot be launched.');
      if (!hasClientCredentials(listing.clientSecretHash, listing.draft.launch)) {
        throw new ConflictError('Create a client secret first, or register your public keys.');
      }
      await deps.limits.vendorWrites.hit(listing.organisationId);
      return startLaunch(
        { residentId: user.id, listingId, municipality: TEST_MUNICIPALITY, test: true },
        listing.draft.launch,
        listing.clientId,
      );
    },

    /** The resident's consents ("Mijn apps"): what each app may receive and received last. */
    async listConsents(user: AuthUser): Promise<Consent[]> {
      requireResident(user);
      const municipality = residentMunicipality(user);
      const [records, offering] = await Promise.all([
        consents.listByResident(user.id),
        municipality ? municipalities.find(municipality) : null,
      ]);
      const offers = offering?.offers ?? [];
      return Promise.all(
        records.map(async (r) => toConsent(r, await listings.findById(r.listingId), offers)),
      );
    },

    /** Agrees to share these claims; only claims the live version was approved for, and every required one. */
    async giveConsent(user: AuthUser, slug: string, claims: ClaimId[]): Promise<Consent> {
      requireResident(user);
      const listing = await liveListing(slug);
      const approved = approvedClaims(listing);
      const errors = claims.flatMap((claim, i) =>
        approved.includes(claim)
          ? []
          : [
              {
                in: 'body' as const,
                field: `claims.${i}`,
                message: `the app was not approved to receive ${claim}`,
              },
            ],
      );
      for (const request of listing.live.content.claims) {
        if (request.required && !claims.includes(request.claim)) {
          errors.push({
            in: 'body',
            field: 'claims',
            message: `${request.claim} is required to use this app`,
          });
        }
      }
      if (errors.length > 0) throw new ValidationError(errors);
      const previous = await consents.find(user.id, listing._id);
      const record: ConsentRecord = {
        residentId: user.id,
        listingId: listing._id,
        slug,
        claims,
        approvedClaims: approved,
        grantedAt: new Date().toISOString(),
        lastLaunch: previous?.lastLaunch ?? null,
      };
      await consents.save(record);
      // Agreeing again to exactly the same is no event: a resident cannot grow their history without end.
      if (previous && sameSet(previous.claims, claims) && sameSet(previous.approvedClaims, approved))
        return toConsent(record, listing);
      // Which resident uses which app is theirs alone: recorded in their own history, never in
      // the audit trail that reviewers and administrators read (issue 9 item 3, decision 080).
      await history.append({
        residentId: user.id,
        action: 'given',
        listingId: listing._id,
        slug,
        appName: listing.live.content.name,
        claims,
        at: new Date(),
      });
      return toConsent(record, listing);
    },

    /** Revokes a consent in one step, and notes it in the resident's own history. */
    async revokeConsent(user: AuthUser, slug: string): Promise<void> {
      requireResident(user);
      const listing = await listings.findBySlug(slug);
      const previous = listing ? await consents.find(user.id, listing._id) : null;
      if (!listing || !previous || !(await consents.delete(user.id, listing._id)))
        throw new NotFoundError('No consent for this app.');
      await history.append({
        residentId: user.id,
        action: 'revoked',
        listingId: listing._id,
        slug,
        appName: listing.live?.content.name ?? listing.draft.name,
        claims: previous.claims,
        at: new Date(),
      });
    },

    /** The resident's consents given and revoked, newest first ("Mijn apps"). */
    async consentHistory(user: AuthUser): Promise<ConsentHistoryEntry[]> {
      requireResident(user);
      return (await history.listByResident(user.id)).map((event) => ({
        action: event.action,
        slug: event.slug,
        name: event.appName,
        claims: event.claims,
        at: event.at.toISOString(),
      }));
    },

    /** Starts a launch: checks everything and hands out a single-use login hint for the app's login URI. */
    async createLaunch(user: AuthUser, slug: string): Promise<LaunchResponse> {
      const municipality = requireMunicipality(user);
      const listing = await listings.findBySlug(slug);
      if (!listing) throw new NotFoundError(`There is no app "${slug}".`);
      await checkLaunch(user, listing, municipality);
      await deps.limits.launches.hit(user.id);
      requireAssurance(user, listing);
      return startLaunch(
        { residentId: user.id, listingId: listing._id, municipality, test: false },
        (listing.live as NonNullable<ListingDoc['live']>).content.launch,
        listing.clientId,
      );
    },

    /**
     * Called from the OIDC interaction: consumes the hint and checks it all again (a suspension
     * after the launch started stops it here). Returns what the ID token may carry.
     */
    async authorize(
      user: AuthUser | null,
      params: { clientId: string; loginHint: string | undefined; redirectUri: string },
    ) {
      if (!user) throw new LaunchRefusedError(401, 'Sign in on Inwonercloud first.', 'login_required');
      if (!params.loginHint) return authorizeDirect(user, params);
      const hint = await hints.consume(params.loginHint);
      if (!hint)
        throw new LaunchRefusedError(400, 'This launch has expired or was used already. Open the app again.');
      if (hint.residentId !== user.id)
        throw new LaunchRefusedError(403, 'This launch belongs to someone else.');
      if (hint.test) return authorizeTest(user, hint.listingId, params);
      const listing = await listings.findById(hint.listingId);
      if (!listing || listing.clientId !== params.clientId) {
        throw new LaunchRefusedError(400, 'This launch is for another app.');
      }
      if (!listing.live?.content.launch.redirectUris.includes(params.redirectUri)) {
        throw new LaunchRefusedError(400, 'The redirect URI is not registered for this app.');
      }
      const claims = await checkLaunch(user, listing, hint.municipality);
      requireAssurance(user, listing);
      return {
        acr: user.assurance ? EIDAS_LOA_URI[user.assurance] : undefined,
        accountId: user.id,
        listingId: listing._id,
        municipality: hint.municipality,
        claims,
        test: false,
      };
    },

    /**
     * Remembers when the resident last opened the app and what it received ("Mijn apps"). Not for
     * a vendor's test launch: that is not the resident's.
     */
    async recordLaunch(launch: {
      accountId: string;
      listingId: string;
      municipality: string;
      claims: ClaimId[];
      test: boolean;
    }) {
      if (launch.test) return;
      await consents.recordLaunch(launch.accountId, launch.listingId, launch.claims);
      const listing = deps.usage ? await listings.findById(launch.listingId) : null;
      if (listing) await deps.usage?.countLaunch(launch.municipality, listing.slug);
    },

    consentCovers,
  };
}

export type LaunchService = ReturnType<typeof createLaunchService>;
