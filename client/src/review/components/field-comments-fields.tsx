import { useEffect, useRef } from 'react';
import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import {
  FEEDBACK_FIELDS,
  type FieldCommentInput,
  FieldCommentSchema,
} from '../../../../shared/schemas/field-feedback.ts';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { fieldLabel } from '../../listings/components/review-feedback.ts';
import { formMessages } from '../../listings/form-messages.ts';
import { mediaMessages } from '../../listings/media-messages.ts';
import { Button } from '../../ui/button.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fieldCommentMessages } from '../field-comment-messages.ts';

export interface CommentRow {
  key: number;
  field: string;
  criterion: string;
  comment: string;
}

export const MAX_FIELD_COMMENTS = 30;
export const rowId = (row: CommentRow, part: 'veld' | 'eis' | 'tekst') => `opmerking-${row.key}-${part}`;

/** What the API takes from the rows; empty choices are left out. */
export function toFieldComments(rows: CommentRow[]): FieldCommentInput[] {
  return rows.map((r) => ({
    ...(r.field ? { field: r.field as FieldCommentInput['field'] } : {}),
    ...(r.criterion ? { criterion: r.criterion } : {}),
    comment: r.comment,
  }));
}

/** Per row, the problems the shared schema finds, keyed by the control that shows them. */
export function rowErrors(
  rows: CommentRow[],
  m: { fieldOrCriterion: string; commentRequired: string; tooLong: string },
): Map<string, string> {
  const errors = new Map<string, string>();
  rows.forEach((row, i) => {
    const parsed = FieldCommentSchema.safeParse(toFieldComments(rows)[i]);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'comment')
        errors.set(rowId(row, 'tekst'), issue.code === 'too_big' ? m.tooLong : m.commentRequired);
      else errors.set(rowId(row, 'veld'), m.fieldOrCriterion);
    }
  });
  return errors;
}

/**
 * The fields a comment can be about: the form's own, only the claims this version asks for, and
 * its public keys only in the form the vendor gave them (pasted or at an address).
 */
function fieldOptions(content: ListingDraft): string[] {
  const chosen = new Set(content.claims.map((c) => `claims.${c.claim}`));
  if (content.launch.jwks) chosen.add('launch.jwks');
  if (content.launch.jwksUri) chosen.add('launch.jwksUri');
  return FEEDBACK_FIELDS.filter(
    (f) => !(f.startsWith('claims.') || f === 'launch.jwks' || f === 'launch.jwksUri') || chosen.has(f),
  );
}

interface Props {
  rows: CommentRow[];
  onChange: (rows: CommentRow[]) => void;
  errors: ReadonlyMap<string, string>;
  content: ListingDraft;
  criteria: Criterion[];
}

/** Comments on single fields or criteria, shown beside the field in the vendor's form (issue 11). */
export function FieldCommentsFields({ rows, onChange, errors, content, criteria }: Props) {
  const m = useMessages(fieldCommentMessages);
  const form = useMessages(formMessages);
  const media = useMessages(mediaMessages);
  const localized = useLocalized();
  const set = (key: number, patch: Partial<CommentRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const row = { key: Math.max(0, ...rows.map((r) => r.key)) + 1, field: '', criterion: '', comment: '' };
    focusNext.current = rowId(row, 'veld');
    onChange([...rows, row]);
  };
  const fields = fieldOptions(content).map((f) => ({
    value: f,
    label: fieldLabel(f, form, localized, media),
  }));
  // A new row takes focus, so a keyboard user lands in it rather than back on the button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  return (
    <section className="ic-field-comments" aria-labelledby="opmerkingen-titel">
      <Heading level={3} id="opmerkingen-titel">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      {rows.map((row, index) => (
        <Fieldset
          key={row.key}
          id={`opmerking-${row.key}`}
          legend={m.legend(index + 1)}
          className="ic-field-comment"
        >
          <SelectField
            id={rowId(row, 'veld')}
            label={m.field}
            value={row.field}
            error={errors.get(rowId(row, 'veld'))}
            options={[{ value: '', label: row.criterion ? m.noField : m.chooseField }, ...fields]}
            onValueChange={(field) => set(row.key, { field })}
          />
          <SelectField
            id={rowId(row, 'eis')}
            label={m.criterion}
            value={row.criterion}
            options={[
              { value: '', label: m.noCriterion },
              ...criteria.map((c) => ({ value: c.id, label: localized(c.title) })),
            ]}
            onValueChange={(criterion) => set(row.key, { criterion })}
          />
          <TextField
            id={rowId(row, 'tekst')}
            label={m.comment}
            required
            rows={3}
            value={row.comment}
            error={errors.get(rowId(row, 'tekst'))}
            onValueChange={(comment) => set(row.key, { comment })}
          />
          <Button onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            {m.remove(index + 1)}
          </Button>
        </Fieldset>
      ))}
      {rows.length < MAX_FIELD_COMMENTS ? (
        <Button onClick={add}>{m.add}</Button>
      ) : (
        <Paragraph>{m.max}</Paragraph>
      )}
    </section>
  );
}
