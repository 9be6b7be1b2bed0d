import type { ReactNode } from 'react';
import { classNames } from '../class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldNote, useFieldNote } from './field-notes.tsx';
import { FieldDescription, FieldErrorMessage } from './field-parts.tsx';

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  onBlur?: () => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** A checkbox with its label after it, as Utrecht lays out checkbox fields. */
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  onBlur,
  description,
  error,
}: CheckboxFieldProps) {
  const note = useFieldNote(id);
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'utrecht-form-field--checkbox',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          onBlur={onBlur}
          aria-describedby={describedBy(id, { description, error, note })}
          aria-invalid={error ? true : undefined}
          className={classNames(
            'utrecht-checkbox',
            'utrecht-checkbox--html-input',
            error && 'utrecht-checkbox--invalid',
          )}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className={classNames('utrecht-form-label', 'utrecht-form-label--checkbox')} htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldErrorMessage id={id}>{error}</FieldErrorMessage>
      <FieldNote id={id} note={note} />
    </div>
  );
}
