import { randomUUID } from 'node:crypto';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import type {
  DecisionKind,
  DecisionList,
  DecisionListQuery,
  PublicDecision,
} from '../../shared/schemas/register.ts';
import { NotFoundError } from '../http/errors.ts';
import type { ListingDoc } from '../listings/listing.documents.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { OrganisationDirectory } from '../listings/organisation.directory.ts';
import type { CriterionVerdict } from '../review/version.documents.ts';
import { type DecisionDoc, toPublicDecision } from './decision.documents.ts';
import type { DecisionRepository } from './decision.repository.ts';
import { STANDARD_REASONS } from './standard-reasons.ts';

/** The Awb objection term: six weeks from the decision (Algemene wet bestuursrecht 6:7). */
export const OBJECTION_TERM_MS = 42 * 24 * 60 * 60 * 1000;
const OBJECTABLE: DecisionKind[] = ['rejection', 'suspension'];

export interface RegisterEntry {
  /** A stable id makes recording idempotent (a retry after a crash records it once). */
  id?: string;
  kind: DecisionKind;
  at: string;
  listing: Pick<ListingDoc, '_id' | 'slug' | 'organisationId'> & { name: string; vendor?: string };
  version?: number | null;
  versionId?: string | null;
  reason?: { nl: string; en: string } | null;
  criteria?: PublicDecision['criteria'];
  relatedDecisionId?: string | null;
  deciders: string[];
}

/** Per criterion: fail if any reviewer failed it, pass if all passed, otherwise n/a or not assessed. */
export function criterionOutcomes(
  criteria: Criterion[],
  assessments: Record<string, CriterionVerdict>[],
): PublicDecision['criteria'] {
  return criteria.map((criterion) => {
    const verdicts = assessments.flatMap((a) => (a[criterion.id] ? [a[criterion.id]?.verdict] : []));
    const outcome =
      verdicts.length === 0
        ? 'not-assessed'
        : verdicts.includes('fail')
          ? 'fail'
          : verdicts.every((v) => v === 'pass')
            ? 'pass'
            : 'not-applicable';
    return { id: criterion.id, title: criterion.title, outcome };
  });
}

/** The stored form of one register entry; `vendor` is the vendor's name at the time. */
export function decisionDoc(input: RegisterEntry, vendor: string): DecisionDoc {
  const reason = input.reason?.nl ? input.reason : STANDARD_REASONS[input.kind];
  return {
    _id: input.id ?? randomUUID(),
    kind: input.kind,
    at: input.at,
    month: input.at.slice(0, 7),
    slug: input.listing.slug,
    listingId: input.listing._id,
    organisationId: input.listing.organisationId,
    appName: input.listing.name,
    vendor,
    version: input.version ?? null,
    versionId: input.versionId ?? null,
    // A reviewer's own Dutch reason is not paired with a standard English text that says otherwise.
    reason: { nl: reason.nl, en: reason === STANDARD_REASONS[input.kind] ? reason.en : reason.en || '' },
    criteria: input.criteria ?? [],
    objectionDeadline: OBJECTABLE.includes(input.kind)
      ? new Date(Date.parse(input.at) + OBJECTION_TERM_MS).toISOString()
      : null,
    relatedDecisionId: input.relatedDecisionId ?? null,
    deciders: input.deciders,
  };
}

/** The one entry of an app that was live before the register existed (decision 070). */
export function listedBeforeRegister(
  listing: ListingDoc & { live: NonNullable<ListingDoc['live']> },
  vendor: string,
  titles: ReadonlyMap<string, { nl: string; en: string }>,
): DecisionDoc {
  return decisionDoc(
    {
      id: `listed-${listing._id}`,
      kind: 'listed-before-register',
      at: listing.live.approvedAt,
      listing: { ...listing, name: listing.live.content.name },
      version: listing.live.number,
      criteria: listing.live.assessment.map((a) => ({
        id: a.criterionId,
        title: titles.get(a.criterionId) ?? { nl: a.criterionId, en: a.criterionId },
        outcome: a.outcome,
      })),
      deciders: [],
    },
    vendor,
  );
}

export function createRegisterService(deps: {
  decisions: DecisionRepository;
  organisations: OrganisationDirectory;
  criteria: Criterion[];
}) {
  const { decisions, organisations, criteria } = deps;
  const titles = new Map(criteria.map((c) => [c.id, c.title]));

  async function record(input: RegisterEntry): Promise<PublicDecision> {
    const vendor = input.listing.vendor ?? (await organisations.name(input.listing.organisationId));
    const doc = decisionDoc(input, vendor);
    await decisions.insert(doc);
    return toPublicDecision((await decisions.findById(doc._id)) ?? doc);
  }

  return {
    record,

    /** The register, newest first, filtered by app, kind and month. */
    async list(query: DecisionListQuery): Promise<DecisionList> {
      const { items, total } = await decisions.list(query);
      return { items: items.map(toPublicDecision), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string): Promise<PublicDecision> {
      const doc = await decisions.findById(id);
      if (!doc) throw new NotFoundError('There is no such decision in the register.');
      return toPublicDecision(doc);
    },

    /** The stored decision with its deciders, for the objection procedure only. */
    findInternal: (id: string) => decisions.findById(id),

    linkRelated: (id: string, relatedDecisionId: string) => decisions.linkRelated(id, relatedDecisionId),

    /**
     * Apps that were live before the register existed (the seeded catalog) were never decided on
     * here: each gets one honest entry saying so, with its first check's outcome (decision 070).
     * Runs once: later starts find entries and skip it.
     */
    async recordListedBeforeRegister(listings: ListingRepository): Promise<number> {
      if ((await decisions.countByKind('listed-before-register')) > 0) return 0;
      const live = [...(await listings.listByStatus('live')), ...(await listings.listByStatus('suspended'))];
      const vendors = new Map<string, string>();
      const docs: DecisionDoc[] = [];
      for (const listing of live) {
        if (!listing.live) continue;
        const vendor =
          vendors.get(listing.organisationId) ?? (await organisations.name(listing.organisationId));
        vendors.set(listing.organisationId, vendor);
        docs.push(listedBeforeRegister({ ...listing, live: listing.live }, vendor, titles));
      }
      // One write for all: 10,000 apps one commit each held a first start for seconds (issue 10).
      await decisions.insertMany(docs);
      return live.length;
    },

    /**
     * Hook for the incident procedure (issue 12, server/incidents): call when an incident about an
     * app is closed, with its public summary. Not wired yet where incidents are not in this build.
     */
    recordIncidentClosed: (input: {
      incidentId: string;
      at: string;
      listing: RegisterEntry['listing'];
      summary: { nl: string; en: string };
    }) =>
      record({
        id: `incident-${input.incidentId}`,
        kind: 'incident-closed',
        at: input.at,
        listing: input.listing,
        reason: input.summary,
        deciders: [],
      }),
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
