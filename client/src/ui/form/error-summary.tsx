import { type MouseEvent, useEffect, useRef } from 'react';
import { Alert } from '../alert.tsx';
import { Heading } from '../heading.tsx';

export interface SummaryError {
  /** The id of the control (or fieldset) the error belongs to; null when it has none. */
  targetId: string | null;
  text: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: SummaryError[];
  /** Changes on every submit, so focus moves to the summary each time. */
  focusKey: number;
}

/**
 * The list of errors at the top of a form after a submit (the GOV.UK and NL Design System
 * pattern). It takes focus so a screen reader reads it, and each link moves focus to its field.
 */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="ic-error-summary">
      <Alert type="error">
        <Heading level={2}>{title}</Heading>
        <ul className="ic-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.targetId}:${error.text}`}>
              {error.targetId ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${error.targetId}`}
                  onClick={(event) => focusTarget(event, error.targetId)}
                >
                  {error.text}
                </a>
              ) : (
                error.text
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}

// Following the fragment would not move keyboard focus into a fieldset, and a router could
// treat it as navigation; focusing the control ourselves does what the reader expects.
function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string | null) {
  if (!targetId) return;
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, textarea')
      : target;
  (control ?? target).scrollIntoView?.({ block: 'center' });
  (control ?? target).focus();
}
