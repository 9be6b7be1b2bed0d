import type { ReactNode } from 'react';
import { classNames } from '../class-names.ts';
import { Select } from '../select.tsx';
import { describedBy } from './field-ids.ts';
import { FieldNote, useFieldNote } from './field-notes.tsx';
import { FieldDescription, FieldErrorMessage } from './field-parts.tsx';

export interface SelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  value: V;
  options: Array<{ value: V; label: string }>;
  onValueChange: (value: V) => void;
  onBlur?: () => void;
  description?: ReactNode;
  error?: string | undefined;
}

export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onValueChange,
  onBlur,
  description,
  error,
}: SelectFieldProps<V>) {
  const note = useFieldNote(id);
  return (
    <div className={classNames('utrecht-form-field', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldErrorMessage id={id}>{error}</FieldErrorMessage>
      <FieldNote id={id} note={note} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          value={value}
          // The options are exactly the values of V, so the browser can only hand one of them back.
          onChange={(event) => onValueChange(event.target.value as V)}
          onBlur={onBlur}
          aria-describedby={describedBy(id, { description, error, note })}
          aria-invalid={error ? true : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
