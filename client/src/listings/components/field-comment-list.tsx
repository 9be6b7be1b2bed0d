import type { FieldCommentView } from '../../../../shared/schemas/field-feedback.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formMessages } from '../form-messages.ts';
import { mediaMessages } from '../media-messages.ts';
import { fieldLabel } from './review-feedback.ts';
import { reviewFeedbackMessages } from './review-feedback-messages.ts';

/** A decision's comments per field, as a list: where they are, then what they say (issue 11). */
export function FieldCommentList({ comments }: { comments: FieldCommentView[] | undefined }) {
  const m = useMessages(reviewFeedbackMessages);
  const form = useMessages(formMessages);
  const media = useMessages(mediaMessages);
  const localized = useLocalized();
  if (!comments?.length) return null;
  return (
    <ul className="utrecht-unordered-list ic-field-comment-list">
      {comments.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: comments keep the order they were sent in
        <li key={i} className="utrecht-unordered-list__item">
          <strong>
            {[
              c.field ? fieldLabel(c.field, form, localized, media) : null,
              c.criterionTitle ? m.criterion(localized(c.criterionTitle)) : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </strong>
          : {c.comment}
        </li>
      ))}
    </ul>
  );
}
