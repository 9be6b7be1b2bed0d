import { evidenceStatus } from '../../shared/schemas/evidence.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { RecipientDirectory } from '../notifications/recipients.ts';
import type { EvidenceRepository } from './evidence.repository.ts';

const SYSTEM = { id: 'system', name: 'Inwonercloud' };

/**
 * The daily evidence sweep (issue 12 part 1): evidence of live apps that expires within 60 days,
 * or has expired, is told to the vendor and the reviewers, once per item and stage. It suspends
 * nothing: the public "verlopen" mark and the reviewers' queue follow from the dates themselves,
 * and a person decides what happens to the app.
 */
export function evidenceExpiryJob(deps: {
  listings: ListingRepository;
  evidence: EvidenceRepository;
  notifications: NotificationsService;
  recipients: RecipientDirectory;
  audit: AuditService;
}) {
  return async (now: Date): Promise<{ expiring: number; expired: number }> => {
    const day = now.toISOString().slice(0, 10);
    const counts = { expiring: 0, expired: 0 };
    const published = [
      ...(await deps.listings.listByStatus('live')),
      ...(await deps.listings.listByStatus('suspended')),
    ];
    for (const listing of published) {
      for (const item of listing.live?.evidence ?? []) {
        const stage = evidenceStatus(item.validUntil, day);
        if (stage === 'valid' || (await deps.evidence.noticeSent(item.id, stage))) continue;
        const people = [
          ...(await deps.recipients.vendorMembers(listing.organisationId)),
          ...(await deps.recipients.reviewers()),
        ];
        await deps.notifications.notify(
          {
            key: `evidence:${item.id}:${stage}`,
            template: stage === 'expired' ? 'evidence-expired' : 'evidence-expiring',
            params: {
              app: listing.live?.content.name ?? listing.slug,
              kind: item.kind,
              validUntil: item.validUntil,
            },
            link: stage === 'expired' ? '/beoordelen/verlopen-bewijs' : `/aanbieder/${listing._id}`,
          },
          people,
          now,
        );
        if (stage === 'expired') {
          await deps.audit.record({
            actor: SYSTEM,
            action: 'evidence.expired',
            subject: { type: 'listing', id: listing._id },
            details: { evidenceId: item.id, kind: item.kind, validUntil: item.validUntil },
          });
        }
        // Written last: a crash before it repeats the notices, which are idempotent by key.
        await deps.evidence.markNoticeSent(item.id, stage, now.toISOString());
        counts[stage] += 1;
      }
    }
    return counts;
  };
}
