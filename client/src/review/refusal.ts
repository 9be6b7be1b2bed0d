import type { ProblemCode } from '../../../shared/problem-codes.ts';
import type { Locale } from '../../../shared/schemas/common.ts';
import type { Criterion } from '../../../shared/schemas/criteria.ts';
import { isProblem } from '../lib/api-problem.ts';
import type { ReviewMessages } from './messages.ts';

/** Codes that mean the version changed under the reviewer: the page reloads and says why. */
const RELOAD_CODES: ReadonlySet<string> = new Set<ProblemCode>([
  'stale-revision',
  'not-in-review',
  'decision-not-allowed',
  'cannot-claim',
  'review-full',
  'publication-failed',
]);

export interface Refusal {
  text: string;
  /** The version changed meanwhile: reload it before the reviewer tries again. */
  reload: boolean;
}

/**
 * The server's reason for a refused review step, in the reader's language (issue 11 item 3).
 * The problem's stable `code` picks the text; an unknown code falls back to the server's detail.
 */
export function explainRefusal(
  error: unknown,
  m: ReviewMessages['refusals'],
  locale: Locale,
  criteria: Criterion[] = [],
): Refusal | null {
  if (!isProblem(error)) return null;
  const code = error.code;
  if (code === 'required-criteria-not-passed') {
    const ids = error.errors.map((e) => e.field.replace(/^criteria\./, ''));
    const names = ids.map((id) => criteria.find((c) => c.id === id)?.title[locale] ?? id);
    return { text: m.requiredNotPassed(names), reload: false };
  }
  const known = code && code in m.byCode ? m.byCode[code as keyof typeof m.byCode] : undefined;
  if (known) return { text: known, reload: RELOAD_CODES.has(code ?? '') };
  if (error.status === 409) return { text: m.conflict, reload: true };
  return null;
}
