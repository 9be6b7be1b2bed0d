import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export interface FormFieldProps {
  /** The id of the control, which the label points at. */
  inputId: string;
  label: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A label above its control, as Utrecht form fields are laid out. */
export function FormField({ inputId, label, children, className }: FormFieldProps) {
  return (
    <div className={classNames('utrecht-form-field', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={inputId}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}
