import type { ReactNode } from 'react';
import { classNames } from '../class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldNote, useFieldNote } from './field-notes.tsx';
import { FieldDescription, FieldErrorMessage } from './field-parts.tsx';

export interface FieldsetProps {
  /** Also the target of an error summary link: focus goes to the first control inside. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** A group of controls with a legend, for checkbox and radio groups and form sections. */
export function Fieldset({ id, legend, description, error, children, className }: FieldsetProps) {
  const note = useFieldNote(id);
  return (
    <div
      className={classNames('utrecht-form-fieldset', error && 'utrecht-form-fieldset--invalid', className)}
    >
      <fieldset
        id={id}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy(id, { description, error, note })}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
        </legend>
        <FieldDescription id={id}>{description}</FieldDescription>
        <FieldErrorMessage id={id}>{error}</FieldErrorMessage>
        <FieldNote id={id} note={note} />
        {children}
      </fieldset>
    </div>
  );
}
