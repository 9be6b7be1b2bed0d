import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { ListingDraftSchema } from '../../../../shared/schemas/listing.ts';
import type { FieldKey } from './field-key.ts';
import { toFieldKey } from './field-key.ts';
import type { DraftFormValues } from './form-values.ts';
import { type ErrorText, issueText } from './issue-text.ts';
import { toDraftCandidate } from './to-draft.ts';

export interface DraftValidation {
  /** The parsed draft, ready to send, when every field is valid. */
  draft: ListingDraft | null;
  /** Every problem by field key (the first one per field), in the schema's order. */
  errors: Map<FieldKey, ErrorText>;
}

/** Checks the form against the one shared contract, ListingDraftSchema, as the server will. */
export function validateDraft(values: DraftFormValues): DraftValidation {
  const { input, claimOrder } = toDraftCandidate(values);
  const result = ListingDraftSchema.safeParse(input);
  if (result.success) return { draft: result.data, errors: new Map() };
  const errors = new Map<FieldKey, ErrorText>();
  for (const issue of result.error.issues) {
    const key = toFieldKey(issue.path, claimOrder);
    if (!errors.has(key)) errors.set(key, issueText(issue, key));
  }
  return { draft: null, errors };
}
