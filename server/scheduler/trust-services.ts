import type { Logger } from 'pino';
import type { Persona } from '../../shared/schemas/persona.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Config } from '../config.ts';
import type { EvidenceRepository } from '../evidence/evidence.repository.ts';
import { evidenceExpiryJob } from '../evidence/evidence-expiry.job.ts';
import type { SessionRepository } from '../identity/session.repository.ts';
import { createIncidentRepository } from '../incidents/incident.repository.ts';
import { createIncidentsService } from '../incidents/incidents.service.ts';
import type { ConsentRepository } from '../launch/consent.repository.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { MunicipalityRepository } from '../municipalities/municipality.repository.ts';
import { createSmtpMailer } from '../notifications/mailer.ts';
import { createNotificationRepository } from '../notifications/notification.repository.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createRecipientDirectory } from '../notifications/recipients.ts';
import { reviewNotices } from '../notifications/review-notices.ts';
import type { RegisterService } from '../register/register.service.ts';
import type { SuspensionService } from '../review/suspension.service.ts';
import type { Store } from '../store/store.port.ts';
import { createLeaseRepository } from './lease.repository.ts';
import { createScheduler, daily, everyTick } from './scheduler.ts';

/**
 * Wires issue 12's continuous trust: notifications (in-app and the mail outbox), incidents, and
 * the scheduler that runs the daily evidence sweep and delivers mail. Kept out of services.ts so
 * that file only gains a call.
 */
export async function createTrustServices(deps: {
  config: Config;
  store: Store;
  logger: Logger;
  personas: Persona[];
  audit: AuditService;
  listings: ListingRepository;
  evidenceRepository: EvidenceRepository;
  municipalities: MunicipalityRepository;
  sessions: SessionRepository;
  consents: ConsentRepository;
  suspensions: SuspensionService;
  register: RegisterService;
}) {
  const { config, logger } = deps;
  const mailer = config.mail ? createSmtpMailer(config.mail.smtpUrl, config.mail.from) : null;
  const notifications = createNotificationsService({
    repository: await createNotificationRepository(deps.store),
    mailer,
    logger,
  });
  const recipients = createRecipientDirectory({
    listUsers: deps.sessions.listUsers,
    personas: config.demoSignIn ? deps.personas : [],
  });
  const offering = deps.municipalities.offering;
  deps.audit.subscribe(
    reviewNotices({ notifications, recipients, listings: deps.listings, offering, logger }),
  );
  const incidents = createIncidentsService({
    incidents: await createIncidentRepository(deps.store),
    listings: deps.listings,
    audit: deps.audit,
    notifications,
    recipients,
    offering,
    suspend: deps.suspensions.suspendForIncident,
    consentedListings: async (residentId) =>
      (await deps.consents.listByResident(residentId)).map((c) => c.listingId),
    onClosed: async ({ incidentId, at, listingId, summary }) => {
      const listing = await deps.listings.findById(listingId);
      if (!listing) return;
      const name = listing.live?.content.name ?? listing.draft.name;
      await deps.register.recordIncidentClosed({ incidentId, at, listing: { ...listing, name }, summary });
    },
  });
  const sweepEvidence = evidenceExpiryJob({
    listings: deps.listings,
    evidence: deps.evidenceRepository,
    notifications,
    recipients,
    audit: deps.audit,
  });
  const leases = await createLeaseRepository(deps.store);
  /** A scheduler per instance; several on one store run each daily job once (tests make two). */
  const newScheduler = (holder?: string) =>
    createScheduler({
      leases,
      logger,
      holder,
      jobs: [
        { name: 'evidence-expiry', period: daily, run: sweepEvidence },
        { name: 'incident-notices', period: everyTick, run: () => incidents.notifyPending() },
        { name: 'mail-delivery', period: everyTick, run: (now) => notifications.deliverMail(now) },
      ],
    });
  return { notifications, incidents, sweepEvidence, newScheduler, mailer };
}
