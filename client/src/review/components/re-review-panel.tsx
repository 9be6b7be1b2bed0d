import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import type { ReReview } from '../../../../shared/schemas/review.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date-time.ts';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { reReviewMessages } from '../re-review-messages.ts';
import { ChangeValue } from './change-value.tsx';

/**
 * The structured diff against the live version, and which criteria need a fresh verdict and
 * which carry over with their date (issue 12, decision 060).
 */
export function ReReviewPanel({ plan, criteria }: { plan: ReReview; criteria: Criterion[] }) {
  const m = useMessages(reReviewMessages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const title = (id: string) => {
    const criterion = criteria.find((c) => c.id === id);
    return criterion ? localized(criterion.title) : id;
  };
  const assess = plan.criteria.filter((c) => c.status === 'assess');
  const carried = plan.criteria.filter((c) => c.status === 'carried');
  const dateOf = (at: string | null) => (at ? (formatDateTime(at, locale).split(',')[0] ?? at) : '—');
  const reason = (because: string) =>
    (m.groups as Record<string, string>)[because] ?? m.criteria.reasons[because] ?? because;

  return (
    <>
      <section className="ic-section" aria-labelledby="veranderd-titel">
        <Heading level={2} id="veranderd-titel">
          {m.changes.heading}
        </Heading>
        {plan.comparedWith === null ? (
          <Paragraph>{m.changes.first}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {m.changes.compared(plan.comparedWith.versionNumber, dateOf(plan.comparedWith.approvedAt))}
            </Paragraph>
            <Paragraph>{plan.requiredApprovals === 1 ? m.changes.oneReviewer : m.changes.fourEyes}</Paragraph>
            {plan.changes.length === 0 ? (
              <Paragraph>{m.changes.none}</Paragraph>
            ) : (
              <Table caption={m.changes.caption}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{m.changes.part}</TableHeaderCell>
                    <TableHeaderCell>{m.changes.field}</TableHeaderCell>
                    <TableHeaderCell>{m.changes.before}</TableHeaderCell>
                    <TableHeaderCell>{m.changes.after}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {plan.changes.map((change) => (
                    <TableRow key={change.field}>
                      <TableCell>{m.groups[change.group]}</TableCell>
                      <TableCell>
                        <code>{change.field}</code>
                      </TableCell>
                      <TableCell>
                        <del>
                          <ChangeValue value={change.before} field={change.field} side="before" />
                        </del>
                      </TableCell>
                      <TableCell>
                        <ins>
                          <ChangeValue value={change.after} field={change.field} />
                        </ins>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </section>
      {plan.comparedWith !== null && (
        <section className="ic-section" aria-labelledby="criteria-opnieuw-titel">
          <Heading level={2} id="criteria-opnieuw-titel">
            {m.criteria.heading}
          </Heading>
          <Heading level={3}>{m.criteria.assess(assess.length)}</Heading>
          <ul data-testid="criteria-to-assess">
            {assess.map((c) => (
              <li key={c.criterionId}>
                {title(c.criterionId)} ({m.criteria.because} {c.because.map(reason).join(', ')})
              </li>
            ))}
          </ul>
          <Heading level={3}>{m.criteria.carried(carried.length)}</Heading>
          <ul data-testid="criteria-carried">
            {carried.map((c) => (
              <li key={c.criterionId}>
                {m.criteria.carriedItem(title(c.criterionId), dateOf(c.assessedAt))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
