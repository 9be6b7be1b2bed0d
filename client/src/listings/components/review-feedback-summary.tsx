import type { MouseEvent } from 'react';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { formMessages } from '../form-messages.ts';
import { mediaMessages } from '../media-messages.ts';
import { controlIdOf, fieldLabel, type OpenFeedback } from './review-feedback.ts';
import { reviewFeedbackMessages } from './review-feedback-messages.ts';

/** Focuses the field a comment is about, as the error summary does: a fragment would not move focus. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, textarea')
      : target;
  (control ?? target).scrollIntoView?.({ block: 'center' });
  (control ?? target).focus();
}

/** At the top of the edit form: what the reviewers asked, with a link to each field it is about. */
export function ReviewFeedbackSummary({ feedback }: { feedback: OpenFeedback }) {
  const m = useMessages(reviewFeedbackMessages);
  const form = useMessages(formMessages);
  const media = useMessages(mediaMessages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const title =
    feedback.decision === 'reject'
      ? m.titleRejected(feedback.versionNumber)
      : m.titleChanges(feedback.versionNumber);
  return (
    <section className="ic-review-feedback" aria-labelledby="beoordeling-reactie">
      <Alert type="warning">
        <Heading level={2} id="beoordeling-reactie">
          {title}
        </Heading>
        <Paragraph>{m.when(formatDateTime(feedback.at, locale))}</Paragraph>
        {feedback.comment && (
          <>
            <Paragraph>{m.general}</Paragraph>
            <blockquote className="ic-review-feedback__quote">
              <Paragraph>{feedback.comment}</Paragraph>
            </blockquote>
          </>
        )}
        {feedback.comments.length > 0 && (
          <>
            <Paragraph>{m.perField}</Paragraph>
            <ul className="utrecht-unordered-list ic-review-feedback__list">
              {feedback.comments.map((c, i) => {
                const id = controlIdOf(c);
                const about = [
                  c.field ? fieldLabel(c.field, form, localized, media) : null,
                  c.criterionTitle ? m.criterion(localized(c.criterionTitle)) : null,
                ]
                  .filter(Boolean)
                  .join(', ');
                return (
                  // Comments have no id of their own; their order is fixed once sent.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i} className="utrecht-unordered-list__item">
                    {id ? (
                      <a
                        className="utrecht-link utrecht-link--html-a"
                        href={`#${id}`}
                        onClick={(event) => focusField(event, id)}
                      >
                        {about}
                      </a>
                    ) : (
                      <strong>{about}</strong>
                    )}
                    : {c.comment}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <Paragraph>{m.next}</Paragraph>
      </Alert>
    </section>
  );
}
