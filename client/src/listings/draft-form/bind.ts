import type { FieldKey } from './field-key.ts';
import type { DraftFormValues } from './form-values.ts';
import type { DraftFormApi } from './use-draft-form.ts';

type TextName = {
  [K in keyof DraftFormValues]: string extends DraftFormValues[K] ? K : never;
}[keyof DraftFormValues];

export interface BoundText {
  id: string;
  error: string | undefined;
  onBlur: () => void;
  value: string;
  onValueChange: (value: string) => void;
}

/** Props for a TextField that edits one plain string of the form. */
export function bindText(form: DraftFormApi, key: FieldKey, name: TextName): BoundText {
  return bindCustom(form, key, form.values[name], (values, value) => ({ ...values, [name]: value }));
}

/** Props for a TextField whose value lives somewhere deeper (a claim, a screenshot row). */
export function bindCustom(
  form: DraftFormApi,
  key: FieldKey,
  value: string,
  set: (values: DraftFormValues, value: string) => DraftFormValues,
): BoundText {
  return {
    ...form.field(key),
    value,
    onValueChange: (next) => form.change(key, (values) => set(values, next)),
  };
}
