import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from 'react';
import { classNames } from '../class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldNote, useFieldNote } from './field-notes.tsx';
import { FieldDescription, FieldErrorMessage } from './field-parts.tsx';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  onBlur?: () => void;
  description?: ReactNode;
  error?: string | undefined;
  /** Marks the control as required for assistive technology; the form validates itself. */
  required?: boolean;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'email' | 'tel' | 'url' | 'numeric';
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  readOnly?: boolean;
}

/** A labelled text input or textarea with its description and error wired to it. */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  onBlur,
  description,
  error,
  required,
  type = 'text',
  autoComplete,
  inputMode,
  rows,
  readOnly,
}: TextFieldProps) {
  const note = useFieldNote(id);
  const common = {
    id,
    value,
    onBlur,
    readOnly,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, { description, error, note }),
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'utrecht-form-field--text',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldDescription id={id}>{description}</FieldDescription>
      <FieldErrorMessage id={id}>{error}</FieldErrorMessage>
      <FieldNote id={id} note={note} />
      <div className="utrecht-form-field__input">
        {rows ? (
          <textarea
            {...common}
            rows={rows}
            onChange={(event) => onValueChange(event.target.value)}
            className={classNames(
              'utrecht-textarea',
              'utrecht-textarea--html-textarea',
              error && 'utrecht-textarea--invalid',
            )}
          />
        ) : (
          <input
            {...common}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            onChange={(event) => onValueChange(event.target.value)}
            className={classNames(
              'utrecht-textbox',
              'utrecht-textbox--html-input',
              error && 'utrecht-textbox--invalid',
            )}
          />
        )}
      </div>
    </div>
  );
}
