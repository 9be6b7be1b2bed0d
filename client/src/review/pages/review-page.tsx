import { useState } from 'react';
import { useParams } from 'react-router';
import { OPEN_REVIEW_STATUSES, REQUIRED_APPROVALS } from '../../../../shared/review-state.ts';
import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import type { ReviewDetail } from '../../../../shared/schemas/review.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { ReviewStatusBadge } from '../../listings/components/status-badges.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DataList } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchCriteria, fetchReview } from '../api.ts';
import { AssessmentForm } from '../components/assessment-form.tsx';
import { AuditTrail } from '../components/audit-trail.tsx';
import { ClaimButton } from '../components/claim-button.tsx';
import { DecisionForm } from '../components/decision-form.tsx';
import { EvidencePanel } from '../components/evidence-panel.tsx';
import { OtherReviews } from '../components/other-reviews.tsx';
import { ReReviewPanel } from '../components/re-review-panel.tsx';
import { SubmittedContent } from '../components/submitted-content.tsx';
import { reviewMessages } from '../messages.ts';

/** `/beoordelen/:versionId`: everything needed to vet one version, and to decide on it. */
export function ReviewPage() {
  const m = useMessages(reviewMessages).detail;
  const versionId = useParams().versionId ?? '';
  const review = useResource(`review:${versionId}`, (signal) => fetchReview(versionId, signal));
  const criteria = useResource('criteria', fetchCriteria);
  const [conflicts, setConflicts] = useState(0);
  const [conflictText, setConflictText] = useState('');

  const data = review.state.status === 'ready' ? review.state.data : null;
  const title = data ? m.title(data.name, data.number) : m.titlePlain;
  usePageTitle(title);

  // Someone else decided first: load the version as it is now, then show both at once, so
  // the forms (keyed by the conflict count) start again from the fresh data.
  const onConflict = async (text: string) => {
    setConflictText(text);
    try {
      review.setData(await fetchReview(versionId));
    } catch {
      review.reload();
    }
    setConflicts((n) => n + 1);
  };

  return (
    <>
      <Paragraph>
        <RouteLink to="/beoordelen">{m.back}</RouteLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <div role="alert">
        {conflicts > 0 && (
          <Alert type="warning">
            <Paragraph>{conflictText}</Paragraph>
          </Alert>
        )}
      </div>
      {review.state.status === 'loading' && <Loading />}
      {review.state.status === 'error' && <LoadError error={review.state.error} onRetry={review.reload} />}
      {data && (
        <ReviewWorkspace
          key={conflicts}
          detail={data}
          criteria={criteria.state.status === 'ready' ? criteria.state.data : null}
          criteriaError={criteria.state.status === 'error'}
          onChanged={review.setData}
          onConflict={(text) => void onConflict(text)}
        />
      )}
    </>
  );
}

interface WorkspaceProps {
  detail: ReviewDetail;
  criteria: Criterion[] | null;
  criteriaError: boolean;
  onChanged: (detail: ReviewDetail) => void;
  onConflict: (text: string) => void;
}

function ReviewWorkspace({ detail, criteria, criteriaError, onChanged, onConflict }: WorkspaceProps) {
  const m = useMessages(reviewMessages);
  const { locale } = useLocale();
  const userId = useSession().session?.user?.id ?? null;
  const isMine = userId !== null && detail.reviewerIds.includes(userId);
  const isOpen = OPEN_REVIEW_STATUSES.includes(detail.status);
  const canWork = detail.mayReview && isMine && detail.status === 'in_review';

  return (
    <>
      <section className="ic-section" aria-labelledby="stand-titel">
        <Heading level={2} id="stand-titel">
          {m.detail.summary}
        </Heading>
        <DataList
          items={[
            { key: 'vendor', label: m.detail.vendor, value: detail.organisation.name },
            { key: 'status', label: m.detail.status, value: <ReviewStatusBadge status={detail.status} /> },
            {
              key: 'submitted',
              label: m.detail.submittedAt,
              value: <time dateTime={detail.submittedAt}>{formatDateTime(detail.submittedAt, locale)}</time>,
            },
            {
              key: 'approvals',
              label: m.detail.approvals,
              value: m.detail.approvalsValue(
                detail.approvals,
                detail.requiredApprovals ?? REQUIRED_APPROVALS,
              ),
            },
          ]}
        />
        {!detail.mayReview && (
          <Alert type="warning">
            <Paragraph>{m.detail.mayNotReview}</Paragraph>
          </Alert>
        )}
        {detail.mayReview && !isOpen && <Paragraph>{m.detail.notOpen}</Paragraph>}
        {detail.mayReview && isOpen && !isMine && (
          <ClaimButton versionId={detail.versionId} onClaimed={onChanged} onConflict={onConflict} />
        )}
        {isMine && isOpen && <Paragraph>{m.detail.claimed}</Paragraph>}
        {detail.liveContent && (
          <Paragraph>
            <RouteLink to={`/beoordelen/opgeschort?app=${encodeURIComponent(detail.slug)}`}>
              {m.suspensions.suspendThis}
            </RouteLink>
          </Paragraph>
        )}
      </section>
      {detail.reReview && criteria && <ReReviewPanel plan={detail.reReview} criteria={criteria} />}
      <SubmittedContent content={detail.content} live={detail.liveContent} />
      {detail.evidence && <EvidencePanel items={detail.evidence} criteria={criteria ?? []} />}
      {criteriaError && (
        <Alert type="error">
          <Paragraph>{m.assessment.criteriaFailed}</Paragraph>
        </Alert>
      )}
      {criteria === null && !criteriaError && <Loading />}
      {criteria && userId && detail.mayReview && isOpen && (
        <AssessmentForm
          detail={detail}
          criteria={criteria}
          reviewerId={userId}
          enabled={canWork}
          onSaved={onChanged}
          onConflict={onConflict}
        />
      )}
      {detail.mayReview && isOpen && (
        <DecisionForm
          detail={detail}
          criteria={criteria ?? []}
          enabled={canWork}
          onDecided={onChanged}
          onConflict={onConflict}
        />
      )}
      <OtherReviews detail={detail} criteria={criteria ?? []} reviewerId={userId} />
      <AuditTrail
        subject={detail.listingId}
        heading={m.audit.heading}
        caption={m.audit.caption}
        refreshKey={`${detail.revision}:${detail.status}`}
      />
    </>
  );
}
