import { randomUUID } from 'node:crypto';
import { canTransition } from '../../shared/review-state.ts';
import type { Objection, ObjectionInput, ObjectionVoteInput } from '../../shared/schemas/objection.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import {
  type AuthUser,
  isPlatformAdmin,
  isReviewer,
  vendorOrganisations,
} from '../identity/identity.types.ts';
import type { ListingRepository } from '../listings/listing.repository.ts';
import type { RegisterService } from '../register/register.service.ts';
import type { SuspensionService } from '../review/suspension.service.ts';
import type { VersionRepository } from '../review/version.repository.ts';
import { DuplicateKeyError } from '../store/store.port.ts';
import type { ObjectionDoc } from './objection.documents.ts';
import type { ObjectionRepository } from './objection.repository.ts';

/** The Awb decision term on an objection: six weeks, extendable once by six (Awb 7:10). */
export const OBJECTION_DECISION_TERM_MS = 42 * 24 * 60 * 60 * 1000;
const HANDLERS = 2;

interface Deps {
  objections: ObjectionRepository;
  register: RegisterService;
  listings: ListingRepository;
  versions: VersionRepository;
  suspensions: SuspensionService;
  audit: AuditService;
  now?: () => Date;
}

const stale = () => new ConflictError('Someone else changed this objection meanwhile. Reload and try again.');

export function createObjectionsService(deps: Deps) {
  const { objections, register, audit } = deps;
  const now = deps.now ?? (() => new Date());

  function isStaff(user: AuthUser) {
    return isReviewer(user) || isPlatformAdmin(user);
  }

  async function load(user: AuthUser, id: string): Promise<ObjectionDoc> {
    const doc = await objections.findById(id);
    // A vendor of another organisation learns nothing, not even that it exists.
    if (!doc || (!isStaff(user) && !vendorOrganisations(user).includes(doc.organisationId)))
      throw new NotFoundError('There is no such objection.');
    return doc;
  }

  async function mayHandle(user: AuthUser, doc: ObjectionDoc): Promise<boolean> {
    if (!isReviewer(user) || vendorOrganisations(user).includes(doc.organisationId)) return false;
    const decision = await register.findInternal(doc.decisionId);
    return !decision?.deciders.includes(user.id);
  }

  async function view(user: AuthUser, doc: ObjectionDoc): Promise<Objection> {
    const open = doc.status === 'open';
    return {
      id: doc._id,
      decisionId: doc.decisionId,
      decisionKind: doc.decisionKind,
      app: { slug: doc.slug, name: doc.appName },
      status: doc.status,
      grounds: doc.grounds,
      documents: doc.documents,
      receivedAt: doc.receivedAt,
      decisionDue: doc.decisionDue,
      extension: doc.extension ? { reason: doc.extension.reason, at: doc.extension.at } : null,
      overdue: open && Date.parse(doc.decisionDue) < now().getTime(),
      handlerCount: doc.handlers.length,
      youHandle: doc.handlers.includes(user.id),
      youMayHandle:
        open &&
        !doc.handlers.includes(user.id) &&
        doc.handlers.length < HANDLERS &&
        (await mayHandle(user, doc)),
      yourVote: doc.votes[user.id]?.outcome ?? null,
      votes: Object.keys(doc.votes).length,
      outcome: doc.outcome,
      outcomeDecisionId: doc.outcomeDecisionId,
      decidedAt: doc.decidedAt,
    };
  }

  async function record(
    user: AuthUser,
    doc: ObjectionDoc,
    action: string,
    extra: { reason?: string; details?: Record<string, unknown> } = {},
  ) {
    await audit.record({
      actor: user,
      action,
      subject: { type: 'objection', id: doc._id },
      related: [doc.listingId, doc.decisionId],
      reason: extra.reason ?? null,
      details: extra.details ?? {},
    });
  }

  /** Upheld: the original decision is reversed through the normal workflow. */
  async function reverse(
    user: AuthUser,
    doc: ObjectionDoc,
    outcomeDecisionId: string,
    reason: { nl: string; en: string },
  ) {
    if (doc.decisionKind === 'suspension') {
      const listing = await deps.listings.findById(doc.listingId);
      if (listing?.status === 'suspended')
        await deps.suspensions.reinstate(user, listing.slug, {
          publicReason: reason,
          relatedDecisionId: outcomeDecisionId,
        });
      return;
    }
    // A rejection: the version goes back into review, with the two handlers as its reviewers.
    const version = doc.versionId ? await deps.versions.findById(doc.versionId) : null;
    if (!version || !canTransition(version.status, 'reopen', 'in_review')) return;
    if (!(await deps.listings.openReview(version.listingId, version._id))) return;
    const at = now().toISOString();
    await deps.versions.updateAtRevision(
      version._id,
      version.revision,
      {
        $set: {
          status: 'in_review',
          reviewers: doc.handlers,
          approvals: [],
          reopenedBy: outcomeDecisionId,
          updatedAt: at,
        },
        $push: { timeline: { status: 'in_review', at } },
      },
      { status: 'rejected' },
    );
    await audit.record({
      actor: user,
      action: 'version.reopened',
      subject: { type: 'version', id: version._id },
      related: [version.listingId, doc._id],
      details: { objectionDecisionId: outcomeDecisionId },
    });
  }

  async function decideIfAgreed(user: AuthUser, doc: ObjectionDoc): Promise<ObjectionDoc> {
    const votes = Object.values(doc.votes);
    if (votes.length < HANDLERS || votes.some((v) => v.outcome !== votes[0]?.outcome)) return doc;
    const outcome = votes[0]?.outcome ?? 'not-upheld';
    const at = now().toISOString();
    const latest = [...votes].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
    const listing = await deps.listings.findById(doc.listingId);
    const decision = await register.record({
      id: `objection-${doc._id}`,
      kind: outcome === 'upheld' ? 'objection-upheld' : 'objection-not-upheld',
      at,
      listing: {
        _id: doc.listingId,
        slug: listing?.slug ?? doc.slug,
        organisationId: doc.organisationId,
        name: doc.appName,
      },
      reason: latest?.publicReason ?? null,
      relatedDecisionId: doc.decisionId,
      deciders: doc.handlers,
    });
    const decided = await objections.updateAtRevision(doc._id, doc.revision, {
      $set: { status: 'decided', outcome, outcomeDecisionId: decision.id, decidedAt: at },
    });
    if (!decided) throw stale();
    await record(user, decided, 'objection.decided', { details: { outcome, decisionId: decision.id } });
    if (outcome === 'upheld') {
      await register.linkRelated(doc.decisionId, decision.id);
      await reverse(user, decided, decision.id, decision.reason);
    }
    return decided;
  }

  return {
    /** A vendor objects to a rejection or suspension of its app, within six weeks. */
    async file(
      user: AuthUser,
      decisionId: string,
      input: { grounds: string; documents: ObjectionInput['documents'] & {} },
    ): Promise<Objection> {
      const decision = await register.findInternal(decisionId);
      if (!decision) throw new NotFoundError('There is no such decision in the register.');
      if (!vendorOrganisations(user).includes(decision.organisationId))
        throw new ForbiddenError('Only the vendor of this app can object.');
      if (decision.kind !== 'rejection' && decision.kind !== 'suspension')
        throw new ConflictError('Only a rejection or a suspension can be objected to.');
      if (!decision.objectionDeadline || Date.parse(decision.objectionDeadline) < now().getTime())
        throw new ConflictError('The six weeks to object to this decision have passed.');
      const at = now();
      const doc: ObjectionDoc = {
        _id: randomUUID(),
        decisionId,
        decisionKind: decision.kind,
        listingId: decision.listingId,
        slug: decision.slug,
        appName: decision.appName,
        organisationId: decision.organisationId,
        versionId: decision.versionId,
        status: 'open',
        grounds: input.grounds,
        documents: input.documents.map((d) => ({ title: d.title, url: d.url })),
        submittedBy: user.id,
        receivedAt: at.toISOString(),
        decisionDue: new Date(at.getTime() + OBJECTION_DECISION_TERM_MS).toISOString(),
        extension: null,
        handlers: [],
        votes: {},
        outcome: null,
        outcomeDecisionId: null,
        decidedAt: null,
        revision: 0,
      };
      try {
        await objections.insert(doc);
      } catch (error) {
        if (error instanceof DuplicateKeyError)
          throw new ConflictError('There is an objection to this decision already.');
        throw error;
      }
      await record(user, doc, 'objection.filed', {
        reason: input.grounds,
        details: { documents: doc.documents.length },
      });
      return view(user, doc);
    },

    /** Reviewers and platform admins see all; a vendor sees its own organisation's. */
    async list(
      user: AuthUser,
      query: { status?: 'open' | 'decided' | undefined; overdue?: 'true' | 'false' | undefined },
    ): Promise<Objection[]> {
      const overdue = query.overdue === 'true';
      if (overdue && !isStaff(user))
        throw new ForbiddenError('Only reviewers and platform admins see overdue objections.');
      const orgs = vendorOrganisations(user);
      if (!isStaff(user) && orgs.length === 0)
        throw new ForbiddenError('Only vendors, reviewers and platform admins see objections.');
      const docs = await objections.list({
        ...(overdue
          ? { status: 'open' as const, dueBefore: now().toISOString() }
          : query.status
            ? { status: query.status }
            : {}),
        ...(isStaff(user) ? {} : { organisationIds: orgs }),
      });
      return Promise.all(docs.map((d) => view(user, d)));
    },

    async get(user: AuthUser, id: string): Promise<Objection> {
      return view(user, await load(user, id));
    },

    /** A reviewer who took no part in the original decision takes the objection (two are needed). */
    async claim(user: AuthUser, id: string): Promise<Objection> {
      if (!isReviewer(user)) throw new ForbiddenError('Only reviewers handle objections.');
      const doc = await load(user, id);
      if (doc.handlers.includes(user.id)) return view(user, doc);
      if (doc.status !== 'open') throw new ConflictError('This objection has been decided.');
      if (!(await mayHandle(user, doc)))
        throw new ForbiddenError('You took part in the decision objected to, or you work for the vendor.');
      if (doc.handlers.length >= HANDLERS)
        throw new ConflictError('Two reviewers handle this objection already.');
      const updated = await objections.updateAtRevision(doc._id, doc.revision, {
        $push: { handlers: user.id },
      });
      if (!updated) throw stale();
      await record(user, updated, 'objection.claimed');
      return view(user, updated);
    },

    /** Extends the decision term once, by six weeks, with a reason. */
    async extend(user: AuthUser, id: string, reason: string): Promise<Objection> {
      const doc = await load(user, id);
      if (!doc.handlers.includes(user.id) && !isPlatformAdmin(user))
        throw new ForbiddenError('Only a handler or a platform admin extends the term.');
      if (doc.status !== 'open') throw new ConflictError('This objection has been decided.');
      if (doc.extension)
        throw new ConflictError('The term was extended once already; it cannot be extended again.');
      const at = now().toISOString();
      const decisionDue = new Date(Date.parse(doc.decisionDue) + OBJECTION_DECISION_TERM_MS).toISOString();
      const updated = await objections.updateAtRevision(doc._id, doc.revision, {
        $set: { extension: { reason, at, by: user.id }, decisionDue },
      });
      if (!updated) throw stale();
      await record(user, updated, 'objection.extended', { reason, details: { decisionDue } });
      return view(user, updated);
    },

    /** A handler's verdict; when both handlers agree, the outcome is decided and made public. */
    async vote(user: AuthUser, id: string, input: ObjectionVoteInput): Promise<Objection> {
      const doc = await load(user, id);
      if (!doc.handlers.includes(user.id))
        throw new ForbiddenError('Take the objection before you decide on it.');
      if (doc.status !== 'open') throw new ConflictError('This objection has been decided.');
      const vote = {
        outcome: input.outcome,
        publicReason: { nl: input.publicReason.nl, en: input.publicReason.en ?? '' },
        at: now().toISOString(),
      };
      const updated = await objections.updateAtRevision(doc._id, doc.revision, {
        $set: { [`votes.${user.id}`]: vote },
      });
      if (!updated) throw stale();
      await record(user, updated, 'objection.voted', { details: { outcome: input.outcome } });
      return view(user, await decideIfAgreed(user, updated));
    },
  };
}

export type ObjectionsService = ReturnType<typeof createObjectionsService>;
