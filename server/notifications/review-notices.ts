import type { Logger } from 'pino';
import type { AuditEvent } from '../../shared/schemas/audit.ts';
import type { AuthUser } from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { NotificationEvent, NotificationsService } from './notifications.service.ts';
import type { RecipientDirectory } from './recipients.ts';

/**
 * Who is told of which review event (issue 12 part 4): vendors of every status change and reviewer
 * comment, reviewers of new submissions, municipality admins of suspensions of apps they offer.
 * Driven by the audit trail, so every transition that is recorded is also told.
 */
export function reviewNotices(deps: {
  notifications: NotificationsService;
  recipients: RecipientDirectory;
  listings: ListingRepository;
  offering: (slug: string) => Promise<string[]>;
  logger: Logger;
}) {
  const { notifications, recipients, listings } = deps;

  async function handle(event: AuditEvent, related: string[]): Promise<void> {
    const listingId = event.subject.type === 'listing' ? event.subject.id : related[0];
    if (!listingId) return;
    const listing = await listings.findById(listingId);
    if (!listing) return;
    const app = listing.live?.content.name ?? listing.draft.name;
    const number = String(event.details.number ?? listing.live?.number ?? '');
    const tell = (
      template: NotificationEvent['template'],
      people: AuthUser[],
      params: Record<string, string>,
      link: string,
    ) => notifications.notify({ key: event.id, template, params: { app, ...params }, link }, people);
    const vendor = () => recipients.vendorMembers(listing.organisationId);
    const vendorLink = `/aanbieder/${listing._id}`;

    switch (event.action) {
      case 'version.submitted':
      case 'version.resubmitted':
        return tell(
          'submission',
          await recipients.reviewers(),
          { number },
          `/beoordelen/${event.subject.id}`,
        );
      case 'version.claimed':
        return tell('status-changed', await vendor(), { number, status: 'in_review' }, vendorLink);
      case 'version.approve':
      case 'version.request_changes':
      case 'version.reject': {
        const status = String(event.details.status ?? '');
        return tell(
          'status-changed',
          await vendor(),
          {
            number,
            status: status === 'approved' ? 'approved' : event.action.slice('version.'.length),
            comment: event.reason ?? '',
          },
          vendorLink,
        );
      }
      case 'listing.published':
        return tell(
          'published',
          await vendor(),
          { number: String(listing.live?.number ?? number) },
          vendorLink,
        );
      case 'listing.suspended':
      case 'listing.reinstated': {
        const admins = await recipients.municipalityAdmins(await deps.offering(listing.slug));
        const template = event.action === 'listing.suspended' ? 'suspended' : 'reinstated';
        return tell(
          template,
          [...(await vendor()), ...admins],
          { reason: event.reason ?? '' },
          `/apps/${listing.slug}`,
        );
      }
      default:
        return;
    }
  }

  /** The audit listener: a notice that cannot be written is logged, never fails the request. */
  return async (event: AuditEvent, related: string[]) => {
    try {
      await handle(event, related);
    } catch (error) {
      deps.logger.error(
        { err: error, eventId: event.id },
        'could not write notifications for an audit event',
      );
    }
  };
}
