import type {
  HistoryEntry,
  HistoryKind,
  ReviewHistoryPage,
  ReviewHistoryQuery,
} from '../../shared/schemas/review-history.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ForbiddenError } from '../http/errors.ts';
import { type AuthUser, isPlatformAdmin, isReviewer } from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import { startOfDutchDay } from '../municipalities/offer-visibility.ts';

/** The audit actions each kind of the history stands for. */
const ACTIONS: Record<HistoryKind, string> = {
  approve: 'version.approve',
  request_changes: 'version.request_changes',
  reject: 'version.reject',
  suspend: 'listing.suspended',
  reinstate: 'listing.reinstated',
};
const KIND_OF = new Map(Object.entries(ACTIONS).map(([kind, action]) => [action, kind as HistoryKind]));
const DAY_MS = 86_400_000;
/** Enough recent decisions to name everyone deciding now; older names still filter by id. */
const ACTOR_SCAN = 2000;

/**
 * Reviewers' overall decision history (issue 11), read from the audit trail: the trail already
 * holds every decision with who took it and why, append-only, and holds no resident data.
 */
export function createReviewHistory(deps: {
  audit: Pick<AuditService, 'listByActions' | 'actorsOf'>;
  listings: Pick<ListingRepository, 'findById' | 'findBySlug'>;
}) {
  const { audit, listings } = deps;

  async function appsById(ids: string[]) {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => listings.findById(id)));
    return new Map(
      found.flatMap((l) =>
        l ? [[l._id, { slug: l.slug, name: l.live?.content.name ?? l.draft.name }]] : [],
      ),
    );
  }

  return {
    /** A page of decisions, newest first, filtered by app, reviewer, kind and period (Dutch days). */
    async list(user: AuthUser, query: ReviewHistoryQuery): Promise<ReviewHistoryPage> {
      if (!isReviewer(user) && !isPlatformAdmin(user))
        throw new ForbiddenError('Only reviewers read the decision history.');
      const all = Object.values(ACTIONS);
      const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const reviewers = (await audit.actorsOf(all, ACTOR_SCAN)).sort((a, b) => a.name.localeCompare(b.name));
      let listingId: string | undefined;
      if (query.app) {
        const listing = await listings.findBySlug(query.app);
        if (!listing) return { ...empty, reviewers };
        listingId = listing._id;
      }
      const { items, total } = await audit.listByActions(
        {
          actions: query.kind ? [ACTIONS[query.kind]] : all,
          actorId: query.reviewer,
          subject: listingId,
          from: query.from ? new Date(startOfDutchDay(query.from)).toISOString() : undefined,
          until: query.to ? new Date(startOfDutchDay(query.to) + DAY_MS).toISOString() : undefined,
        },
        query.page,
        query.pageSize,
      );
      // A version's events name its listing second among their subjects; a listing's, first.
      const listingOf = (e: (typeof items)[number]) =>
        e.subject.type === 'version' ? (e.subjects[1] ?? '') : e.subject.id;
      const apps = await appsById(items.map(listingOf));
      const entries: HistoryEntry[] = items.map((e) => {
        const kind = KIND_OF.get(e.action) ?? 'approve';
        const number = typeof e.details.number === 'number' ? e.details.number : null;
        return {
          id: e.id,
          at: e.at,
          kind,
          app: apps.get(listingOf(e)) ?? null,
          version: e.subject.type === 'version' ? { id: e.subject.id, number } : null,
          reviewer: e.actor,
          reason: e.reason,
          ...(kind === 'approve' ? { final: e.details.status === 'approved' } : {}),
        };
      });
      return { items: entries, total, page: query.page, pageSize: query.pageSize, reviewers };
    },
  };
}

export type ReviewHistory = ReturnType<typeof createReviewHistory>;
