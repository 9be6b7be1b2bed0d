/** An objection (bezwaar) against a rejection or suspension, as stored in `objections`. */
export interface ObjectionDoc {
  _id: string;
  /** Unique: one objection per decision. */
  decisionId: string;
  decisionKind: 'rejection' | 'suspension';
  listingId: string;
  slug: string;
  appName: string;
  organisationId: string;
  /** The version a rejection was about (reopened when the objection is upheld). */
  versionId: string | null;
  status: 'open' | 'decided';
  grounds: string;
  documents: { title: string; url: string }[];
  submittedBy: string;
  receivedAt: string;
  decisionDue: string;
  extension: { reason: string; at: string; by: string } | null;
  /** Reviewers handling it: at most two, none of whom took the original decision. */
  handlers: string[];
  votes: Record<
    string,
    { outcome: 'upheld' | 'not-upheld'; publicReason: { nl: string; en: string }; at: string }
  >;
  outcome: 'upheld' | 'not-upheld' | null;
  outcomeDecisionId: string | null;
  decidedAt: string | null;
  revision: number;
}

export const OBJECTIONS = 'objections';
export const OBJECTION_INDEXES = [
  { field: 'decisionId', unique: true },
  { field: 'status' },
  { field: 'organisationId' },
  { field: 'decisionDue' },
];
