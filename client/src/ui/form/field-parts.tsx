import type { ReactNode } from 'react';
import { descriptionId, errorId } from './field-ids.ts';

export function FieldDescription({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="utrecht-form-field-description utrecht-form-field__description" id={descriptionId(id)}>
      {children}
    </div>
  );
}

/** The error under a label. It is read out through aria-describedby, so it needs no live region. */
export function FieldErrorMessage({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={errorId(id)}>
      {children}
    </div>
  );
}
