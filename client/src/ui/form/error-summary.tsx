import { type MouseEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  // Each entry names its field: four times "Vul dit in." said nothing (issue 11 item 13). The
  // label is read from the form itself, so every form gets this without passing labels along.
  const targets = errors.map((e) => e.targetId ?? '').join('|');
  useLayoutEffect(() => {
    const next = new Map<string, string>();
    for (const id of targets.split('|')) {
      if (id) next.set(id, fieldName(id));
    }
    setLabels(next);
  }, [targets]);
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
                  {withName(labels.get(error.targetId) ?? '', error.text)}
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

/** The visible name of a control or fieldset: its label or legend, without a trailing hint. */
function fieldName(id: string): string {
  const target = document.getElementById(id);
  if (!target) return '';
  const text =
    target instanceof HTMLFieldSetElement
      ? target.querySelector('legend')?.textContent
      : document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent;
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function withName(name: string, text: string): string {
  if (!name || text.toLowerCase().includes(name.toLowerCase())) return text;
  return `${name}: ${text}`;
}
