import { REQUIRED_APPROVALS } from '../../../../shared/review-state.ts';
import type { VendorVersion } from '../../../../shared/schemas/vendor.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { vendorMessages } from '../messages.ts';
import { FieldCommentList } from './field-comment-list.tsx';
import { ReviewStatusBadge } from './status-badges.tsx';

/** Every submitted version, newest first, with its steps and what the reviewers said. */
export function VersionHistory({ versions }: { versions: VendorVersion[] }) {
  const m = useMessages(vendorMessages).detail;
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  return (
    <section className="ic-section" aria-labelledby="versies-titel">
      <Heading level={2} id="versies-titel">
        {m.versions}
      </Heading>
      {sorted.length === 0 && <Paragraph>{m.noVersions}</Paragraph>}
      {sorted.map((version) => (
        <VersionEntry key={version.id} version={version} />
      ))}
    </section>
  );
}

function VersionEntry({ version }: { version: VendorVersion }) {
  const m = useMessages(vendorMessages);
  const { locale } = useLocale();
  return (
    <article className="ic-version">
      <Heading level={3}>{m.detail.versionTitle(version.number)}</Heading>
      <Paragraph>
        <ReviewStatusBadge status={version.status} />{' '}
        {version.isLive && <StatusBadge status="success">{m.detail.isLive}</StatusBadge>}{' '}
        {m.detail.approvals(version.approvals, REQUIRED_APPROVALS)}
      </Paragraph>
      <ol className="utrecht-ordered-list ic-timeline" aria-label={m.detail.timeline(version.number)}>
        {version.timeline.map((step) => (
          <li key={`${step.status}-${step.at}`} className="utrecht-ordered-list__item">
            <time dateTime={step.at}>{formatDateTime(step.at, locale)}</time>: {m.reviewStatus[step.status]}
          </li>
        ))}
      </ol>
      <Heading level={4}>{m.detail.feedback}</Heading>
      {version.feedback.length === 0 ? (
        <Paragraph>{m.detail.noFeedback}</Paragraph>
      ) : (
        <ul className="ic-feedback-list">
          {version.feedback.map((item) => (
            <li key={`${item.decision}-${item.at}`} className="ic-feedback">
              <Paragraph>
                <strong>{m.decision[item.decision]}</strong>,{' '}
                <time dateTime={item.at}>{formatDateTime(item.at, locale)}</time>
              </Paragraph>
              {item.comment && <Paragraph className="ic-feedback__comment">{item.comment}</Paragraph>}
              <FieldCommentList comments={item.fieldComments} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
