import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import type { ReviewDetail } from '../../../../shared/schemas/review.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { FieldCommentList } from '../../listings/components/field-comment-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { reviewMessages } from '../messages.ts';

interface OtherReviewsProps {
  detail: ReviewDetail;
  criteria: Criterion[];
  /** The signed-in reviewer, whose own assessment is in the form above instead. */
  reviewerId: string | null;
}

/** What the other reviewers found and decided: four eyes only work if each sees the other. */
export function OtherReviews({ detail, criteria, reviewerId }: OtherReviewsProps) {
  const m = useMessages(reviewMessages);
  const localized = useLocalized();
  const { locale } = useLocale();
  const others = detail.assessments.filter((a) => a.reviewerId !== reviewerId);
  const title = (id: string) => {
    const criterion = criteria.find((c) => c.id === id);
    return criterion ? localized(criterion.title) : id;
  };
  return (
    <section className="ic-section" aria-labelledby="anderen-titel">
      <Heading level={2} id="anderen-titel">
        {m.others.heading}
      </Heading>
      {others.length === 0 && <Paragraph>{m.others.none}</Paragraph>}
      {others.map((assessment) => (
        <Table key={assessment.reviewerId} caption={m.others.assessmentBy(assessment.reviewerName)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.others.criterion}</TableHeaderCell>
              <TableHeaderCell>{m.others.verdict}</TableHeaderCell>
              <TableHeaderCell>{m.others.note}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {Object.entries(assessment.criteria).map(([id, entry]) => (
              <TableRow key={id}>
                <TableHeaderCell scope="row">{title(id)}</TableHeaderCell>
                <TableCell>{m.assessment.verdicts[entry.verdict]}</TableCell>
                <TableCell>{entry.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
      <Heading level={3}>{m.others.decisions}</Heading>
      {detail.decisions.length === 0 ? (
        <Paragraph>{m.others.noDecisions}</Paragraph>
      ) : (
        <ul className="ic-feedback-list">
          {detail.decisions.map((d) => (
            <li key={`${d.reviewerId}-${d.at}`} className="ic-feedback">
              <Paragraph>
                <strong>{m.others.decided[d.decision] ?? d.decision}</strong>{' '}
                {m.others.decisionBy(d.reviewerName)},{' '}
                <time dateTime={d.at}>{formatDateTime(d.at, locale)}</time>
              </Paragraph>
              {d.comment && <Paragraph>{d.comment}</Paragraph>}
              <FieldCommentList comments={d.fieldComments} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
