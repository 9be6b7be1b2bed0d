import type { ReactNode } from 'react';
import type { FieldCommentView } from '../../../../shared/schemas/field-feedback.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { FieldNotesProvider } from '../../ui/form/field-notes.tsx';
import { controlIdOf, type OpenFeedback } from './review-feedback.ts';
import { reviewFeedbackMessages } from './review-feedback-messages.ts';

/**
 * Puts each reviewer comment beside the field it is about, through the form kit's field notes,
 * so the form's sections need no change (other work edits them). The comment is read out with
 * the field (aria-describedby).
 */
export function ReviewFeedbackNotes({
  feedback,
  children,
}: {
  feedback: OpenFeedback | null;
  children: ReactNode;
}) {
  const m = useMessages(reviewFeedbackMessages);
  const localized = useLocalized();
  const byControl = new Map<string, FieldCommentView[]>();
  for (const c of feedback?.comments ?? []) {
    const id = controlIdOf(c);
    if (id) byControl.set(id, [...(byControl.get(id) ?? []), c]);
  }
  const notes = new Map<string, ReactNode>(
    [...byControl].map(([id, comments]) => [
      id,
      comments.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: comments keep the order they were sent in
        <p key={i} className="utrecht-paragraph ic-field-note__text">
          <strong>{c.criterionTitle ? m.noteAbout(localized(c.criterionTitle)) : m.note}:</strong> {c.comment}
        </p>
      )),
    ]),
  );
  return <FieldNotesProvider notes={notes}>{children}</FieldNotesProvider>;
}
