import { randomUUID } from 'node:crypto';
import type { LocalizedText } from '../../shared/schemas/common.ts';
import type {
  ClosedIncident,
  Incident,
  IncidentInput,
  ResidentIncidentNotice,
} from '../../shared/schemas/incident.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import {
  type AuthUser,
  displayName,
  isPlatformAdmin,
  isReviewer,
  residentMunicipality,
  vendorOrganisations,
} from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { RecipientDirectory } from '../notifications/recipients.ts';
import type { IncidentDoc } from './incident.documents.ts';
import type { IncidentRepository } from './incident.repository.ts';

interface Deps {
  incidents: IncidentRepository;
  listings: ListingRepository;
  audit: AuditService;
  notifications: NotificationsService;
  recipients: RecipientDirectory;
  /** CBS codes of the municipalities that offer an app. */
  offering: (slug: string) => Promise<string[]>;
  /** Suspends at once, whoever reported (severity high); false when the app was not live. */
  suspend: (user: AuthUser, slug: string, reason: string) => Promise<boolean>;
  /** The listing ids a resident consented to: read only for that resident's own request. */
  consentedListings: (residentId: string) => Promise<string[]>;
  /** The public decision register records a closed incident with its summary (issue 13). */
  onClosed?: (closed: {
    incidentId: string;
    at: string;
    listingId: string;
    summary: LocalizedText;
  }) => Promise<void>;
}

/** Residents keep seeing a closed incident this long, with its summary. */
const CLOSED_NOTICE_DAYS = 30;

const stale = () => new ConflictError('The incident was changed meanwhile. Reload and try again.');

function adminCodes(user: AuthUser): string[] {
  return user.memberships.flatMap((m) => (m.role === 'municipality-admin' ? [m.municipality] : []));
}

export function createIncidentsService(deps: Deps) {
  const { incidents, listings, audit, notifications, recipients } = deps;
  const ref = (user: AuthUser) => ({ id: user.id, name: displayName(user) });
  const isStaffReviewer = (user: AuthUser) => isReviewer(user) || isPlatformAdmin(user);

  /** Reviewers see all; a municipality admin those of apps their municipality offers; a vendor its own. */
  async function maySee(user: AuthUser, doc: IncidentDoc): Promise<boolean> {
    if (isStaffReviewer(user)) return true;
    if (vendorOrganisations(user).includes(doc.organisationId)) return true;
    const codes = adminCodes(user);
    if (codes.length === 0) return false;
    const offering = await deps.offering(doc.slug);
    return codes.some((code) => offering.includes(code));
  }

  async function load(user: AuthUser, id: string): Promise<IncidentDoc> {
    const doc = await incidents.findById(id);
    if (!doc || !(await maySee(user, doc))) throw new NotFoundError('No such incident.');
    return doc;
  }

  function toView(doc: IncidentDoc): Incident {
    const { _id, listingId: _l, organisationId: _o, closedBy: _c, notified: _n, revision: _r, ...rest } = doc;
    return { id: _id, ...rest };
  }

  /** Everyone on the staff side who is told: reviewers, admins of offering municipalities, the vendor. */
  async function staffToTell(doc: IncidentDoc) {
    return [
      ...(await recipients.reviewers()),
      ...(await recipients.municipalityAdmins(await deps.offering(doc.slug))),
      ...(await recipients.vendorMembers(doc.organisationId)),
    ];
  }

  async function tellReported(doc: IncidentDoc): Promise<void> {
    await notifications.notify(
      {
        key: `incident:${doc._id}:reported`,
        template: 'incident-reported',
        params: { app: doc.appName, severity: doc.severity, what: doc.what.nl },
        link: `/incidenten/${doc._id}`,
      },
      await staffToTell(doc),
    );
    await incidents.markNotified(doc._id);
  }

  return {
    /** Reports an incident on a live app; severity high suspends it at once. */
    async report(user: AuthUser, slug: string, input: IncidentInput): Promise<Incident> {
      const listing = await listings.findBySlug(slug);
      if (!listing?.live) throw new NotFoundError(`There is no app "${slug}".`);
      const offeredHere =
        adminCodes(user).length > 0 && (await deps.offering(slug)).some((c) => adminCodes(user).includes(c));
      if (!isStaffReviewer(user) && !offeredHere)
        throw new ForbiddenError(
          'Only reviewers, and admins of a municipality that offers the app, report incidents.',
        );
      if (listing.status !== 'live' && listing.status !== 'suspended')
        throw new ConflictError(`The app is ${listing.status}.`);
      const at = new Date().toISOString();
      const doc: IncidentDoc = {
        _id: `inc-${randomUUID()}`,
        listingId: listing._id,
        slug,
        appName: listing.live.content.name,
        organisationId: listing.organisationId,
        status: 'open',
        severity: input.severity,
        what: input.what,
        dataImpact: input.dataImpact,
        advice: input.advice,
        since: input.since,
        reportedAt: at,
        reportedBy: ref(user),
        suspended: false,
        responses: [],
        closedAt: null,
        closedBy: null,
        publicSummary: null,
        notified: false,
        revision: 0,
      };
      await incidents.insert(doc);
      await audit.record({
        actor: user,
        action: 'incident.reported',
        subject: { type: 'listing', id: listing._id },
        details: { incidentId: doc._id, severity: doc.severity },
      });
      let reported = doc;
      if (input.severity === 'high' && (await deps.suspend(user, slug, `Incident: ${input.what.nl}`))) {
        reported =
          (await incidents.updateAtRevision(doc._id, doc.revision, { $set: { suspended: true } })) ?? doc;
      }
      await tellReported(reported);
      return toView({ ...reported, notified: true });
    },

    async list(user: AuthUser, status?: IncidentDoc['status']): Promise<Incident[]> {
      const all = await incidents.list(status);
      const visible: Incident[] = [];
      for (const doc of all) if (await maySee(user, doc)) visible.push(toView(doc));
      return visible;
    },

    async get(user: AuthUser, id: string): Promise<Incident> {
      return toView(await load(user, id));
    },

    /** The vendor answers in the platform (reviewers and admins may add to it too). */
    async respond(user: AuthUser, id: string, message: string): Promise<Incident> {
      const doc = await load(user, id);
      if (doc.status === 'closed') throw new ConflictError('The incident is closed.');
      const role = vendorOrganisations(user).includes(doc.organisationId)
        ? 'vendor'
        : isStaffReviewer(user)
          ? 'reviewer'
          : 'municipality-admin';
      const response = { at: new Date().toISOString(), by: ref(user), role, message };
      const updated = await incidents.updateAtRevision(doc._id, doc.revision, {
        $push: { responses: response },
      });
      if (!updated) throw stale();
      await audit.record({
        actor: user,
        action: 'incident.responded',
        subject: { type: 'listing', id: doc.listingId },
        details: { incidentId: doc._id, role },
      });
      const others = (await staffToTell(doc)).filter((p) => p.id !== user.id);
      await notifications.notify(
        {
          key: `incident:${doc._id}:response:${updated.responses.length}`,
          template: 'incident-response',
          params: { app: doc.appName, author: response.by.name, message },
          link: `/incidenten/${doc._id}`,
        },
        others,
      );
      return toView(updated);
    },

    /** Closing is an audit event with a public summary; nothing about residents is in it. */
    async close(user: AuthUser, id: string, publicSummary: LocalizedText): Promise<Incident> {
      if (!isStaffReviewer(user)) throw new ForbiddenError('Only reviewers close incidents.');
      const doc = await load(user, id);
      if (doc.status === 'closed') throw new ConflictError('The incident is closed already.');
      const at = new Date().toISOString();
      const updated = await incidents.updateAtRevision(doc._id, doc.revision, {
        $set: { status: 'closed', closedAt: at, closedBy: ref(user), publicSummary },
      });
      if (!updated) throw stale();
      await audit.record({
        actor: user,
        action: 'incident.closed',
        subject: { type: 'listing', id: doc.listingId },
        reason: publicSummary.nl,
        details: { incidentId: doc._id, publicSummary },
      });
      await deps.onClosed?.({ incidentId: doc._id, at, listingId: doc.listingId, summary: publicSummary });
      await notifications.notify(
        {
          key: `incident:${doc._id}:closed`,
          template: 'incident-closed',
          params: { app: doc.appName, summary: publicSummary.nl },
          link: `/incidenten/${doc._id}`,
        },
        await staffToTell(doc),
      );
      return toView(updated);
    },

    /** Closed incidents with their public summaries, newest first: the app page and the decision register. */
    async listClosed(options: { slug?: string; limit?: number } = {}): Promise<ClosedIncident[]> {
      const closed = await incidents.listClosed(options.limit ?? 200);
      return closed
        .filter((doc) => !options.slug || doc.slug === options.slug)
        .flatMap((doc) =>
          doc.closedAt && doc.publicSummary
            ? [
                {
                  id: doc._id,
                  slug: doc.slug,
                  appName: doc.appName,
                  severity: doc.severity,
                  since: doc.since,
                  reportedAt: doc.reportedAt,
                  closedAt: doc.closedAt,
                  publicSummary: doc.publicSummary,
                },
              ]
            : [],
        );
    },

    /**
     * A resident's notices in "Mijn apps": incidents of apps they consented to, found from their
     * own consents at read time. Nothing per resident is written and no staff view lists who is
     * affected, so nobody learns which residents use an app.
     */
    async noticesFor(user: AuthUser, now = new Date()): Promise<ResidentIncidentNotice[]> {
      if (!residentMunicipality(user)) throw new ForbiddenError('Only residents have these notices.');
      const listingIds = await deps.consentedListings(user.id);
      if (listingIds.length === 0) return [];
      const horizon = new Date(now.getTime() - CLOSED_NOTICE_DAYS * 86_400_000).toISOString();
      return (await incidents.listByListings(listingIds))
        .filter((doc) => doc.status === 'open' || (doc.closedAt ?? '') >= horizon)
        .map((doc) => ({
          id: doc._id,
          slug: doc.slug,
          appName: doc.appName,
          status: doc.status,
          severity: doc.severity,
          what: doc.what,
          dataImpact: doc.dataImpact,
          advice: doc.advice,
          since: doc.since,
          reportedAt: doc.reportedAt,
          closedAt: doc.closedAt,
          publicSummary: doc.publicSummary,
        }));
    },

    /** Finishes telling people of incidents a crash left untold (run by the scheduler). */
    async notifyPending(): Promise<number> {
      const pending = await incidents.listUnnotified();
      for (const doc of pending) await tellReported(doc);
      return pending.length;
    },
  };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
