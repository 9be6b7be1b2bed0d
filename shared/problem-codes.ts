/**
 * Stable machine codes a problem+json answer may carry beside its English `detail`, so a client
 * can say the same in the reader's language (issue 11 item 3). Add codes; never rename one.
 */
export const PROBLEM_CODES = [
  'stale-revision',
  'not-in-review',
  'claim-first',
  'own-organisation',
  'already-approved',
  'required-criteria-not-passed',
  'review-full',
  'cannot-claim',
  'decision-not-allowed',
  'publication-failed',
  'already-suspended',
  'not-suspended',
  // A launch below the listing's minimum DigiD level: sign in again at this level (issue 14).
  'step-up-low',
  'step-up-substantial',
  'step-up-high',
  // An uploaded image refused (decision 100): wrong type, too large, wrong size in pixels, unreadable,
  // or too many unused uploads on the listing.
  'media-type',
  'media-size',
  'media-dimensions',
  'media-unreadable',
  'media-limit',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
