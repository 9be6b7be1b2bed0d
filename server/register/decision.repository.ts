import type { DecisionListQuery } from '../../shared/schemas/register.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';
import { DECISION_INDEXES, DECISIONS, type DecisionDoc } from './decision.documents.ts';

const BATCH = 1000;

export async function createDecisionRepository(store: Store) {
  const decisions = await store.collection<DecisionDoc>(DECISIONS, DECISION_INDEXES);
  return {
    /** Idempotent by id: recording the same decision twice (a retried request) keeps the first. */
    async insert(doc: DecisionDoc): Promise<void> {
      try {
        await decisions.insertOne(doc);
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    },
    /** In batches, each all or nothing; a batch with an entry recorded already goes one by one. */
    async insertMany(docs: DecisionDoc[]): Promise<void> {
      for (let i = 0; i < docs.length; i += BATCH) {
        const batch = docs.slice(i, i + BATCH);
        try {
          await decisions.insertMany(batch);
        } catch (error) {
          if (!(error instanceof DuplicateKeyError)) throw error;
          for (const doc of batch) await this.insert(doc);
        }
      }
    },
    findById: (id: string) => decisions.findOne({ _id: id }),
    countByKind: (kind: DecisionDoc['kind']) => decisions.count({ kind }),
    async list(query: DecisionListQuery) {
      const filter: Record<string, unknown> = {};
      if (query.app) filter.slug = query.app;
      if (query.kind) filter.kind = query.kind;
      if (query.month) filter.month = query.month;
      const [items, total] = await Promise.all([
        decisions.find(filter, {
          sort: { at: -1 },
          skip: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        decisions.count(filter),
      ]);
      return { items, total };
    },
    /** Links a decision to the objection outcome that reversed it (set once). */
    linkRelated: (id: string, relatedDecisionId: string) =>
      decisions.updateOne({ _id: id, relatedDecisionId: null }, { $set: { relatedDecisionId } }),
  };
}

export type DecisionRepository = Awaited<ReturnType<typeof createDecisionRepository>>;
