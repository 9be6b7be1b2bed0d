import { useCallback, useMemo, useState } from 'react';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import type { FieldProblem } from '../../lib/api-problem.ts';
import type { ValidationMessages } from '../form-messages.ts';
import { type FieldKey, fieldId, resolveKey, serverFieldKey } from './field-key.ts';
import type { DraftFormValues } from './form-values.ts';
import type { ErrorText } from './issue-text.ts';
import { knownKeys } from './known-keys.ts';
import { toDraftCandidate } from './to-draft.ts';
import { validateDraft } from './validate-draft.ts';

export interface FieldBinding {
  id: string;
  error: string | undefined;
  onBlur: () => void;
}

export interface DraftFormApi {
  values: DraftFormValues;
  /** Changes values; `key` is the field that changed, so its server error goes away. */
  change: (key: FieldKey, update: (values: DraftFormValues) => DraftFormValues) => void;
  /** Shows a field's own errors from now on (after it lost focus, or a box was ticked). */
  touch: (key: FieldKey) => void;
  field: (key: FieldKey) => FieldBinding;
}

export interface SummaryEntry {
  targetId: string | null;
  text: string;
}

/**
 * The state of the listing form. Errors come from ListingDraftSchema on every change; a field
 * shows its own only once it was touched (nobody wants "required" before they started), and
 * all of them show after a submit. Server field errors are shown until the field changes.
 */
export function useDraftForm(initial: DraftFormValues, v: ValidationMessages) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<FieldKey, ErrorText>>(new Map());
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const validation = useMemo(() => validateDraft(values), [values]);
  const keys = useMemo(() => knownKeys(values), [values]);

  const shown = useMemo(() => {
    const known = new Set(keys);
    const result = new Map<FieldKey, string>();
    for (const [key, text] of validation.errors) {
      const resolved = resolveKey(key, known);
      if (!resolved || result.has(resolved.key)) continue;
      if (!submitted && !touched.has(resolved.key)) continue;
      result.set(resolved.key, withItem(resolved.key, resolved.item, text(v), v));
    }
    // The server has the last word: what it refused shows even where the schema is content.
    for (const [key, text] of serverErrors) result.set(key, text(v));
    return result;
  }, [keys, validation, submitted, touched, serverErrors, v]);

  const change = useCallback((key: FieldKey, update: (values: DraftFormValues) => DraftFormValues) => {
    setValues(update);
    setServerErrors((current) => (current.has(key) ? withoutKey(current, key) : current));
  }, []);

  const touch = useCallback((key: FieldKey) => {
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  }, []);

  const field = useCallback(
    (key: FieldKey): FieldBinding => ({ id: fieldId(key), error: shown.get(key), onBlur: () => touch(key) }),
    [shown, touch],
  );

  const summary: SummaryEntry[] = submitted
    ? [
        ...keys.flatMap((key) => {
          const text = shown.get(key);
          return text ? [{ targetId: fieldId(key), text }] : [];
        }),
        ...otherErrors.map((text) => ({ targetId: null, text })),
      ]
    : [];

  /** Marks the form submitted; returns the draft to send when it is valid. */
  const submit = useCallback((): ListingDraft | null => {
    setSubmitted(true);
    setOtherErrors([]);
    return validation.draft;
  }, [validation]);

  /** Puts a 400's `errors[]` (paths like `draft.tagline.nl`) on the fields they belong to. */
  const applyServerErrors = useCallback(
    (problems: FieldProblem[]) => {
      const known = new Set(keys);
      const { claimOrder } = toDraftCandidate(values);
      const byField = new Map<FieldKey, ErrorText>();
      const rest: string[] = [];
      for (const problem of problems) {
        const key = serverFieldKey(problem.field, claimOrder);
        const resolved = key ? resolveKey(key, known) : null;
        if (!resolved) {
          rest.push(`${problem.field}: ${problem.message}`);
          continue;
        }
        if (byField.has(resolved.key)) continue;
        byField.set(resolved.key, (m) =>
          withItem(
            resolved.key,
            resolved.item,
            m.serverMessages[problem.message] ?? m.server(problem.message),
            m,
          ),
        );
      }
      setServerErrors(byField);
      setOtherErrors(rest);
    },
    [keys, values],
  );

  const api: DraftFormApi = { values, change, touch, field };
  return { api, summary, submit, applyServerErrors, setOtherErrors };
}

function withItem(key: FieldKey, item: number | undefined, text: string, v: ValidationMessages): string {
  if (item === undefined) return text;
  const label =
    key === 'launch.redirectUris' ? v.line(item) : key === 'languages' ? v.languageItem(item) : v.item(item);
  return `${label}: ${text}`;
}

function withoutKey<V>(map: ReadonlyMap<FieldKey, V>, key: FieldKey): ReadonlyMap<FieldKey, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}
