import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../shared/review-state.ts';
import { ReviewStatusSchema } from '../../../../shared/schemas/vendor.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { vendorMessages } from '../../listings/messages.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchQueue } from '../api.ts';
import { QueueTable } from '../components/queue-table.tsx';
import { ReviewNav } from '../components/review-nav.tsx';
import { reviewMessages } from '../messages.ts';

type StatusChoice = ReviewStatus | '';

/** `/beoordelen?status=`: the review queue. The filter lives in the URL so it can be shared. */
export function QueuePage() {
  const m = useMessages(reviewMessages).queue;
  usePageTitle(m.title);
  const [searchParams] = useSearchParams();
  const parsed = ReviewStatusSchema.safeParse(searchParams.get('status'));
  const status = parsed.success ? parsed.data : undefined;
  const queue = useResource(`review-queue:${status ?? ''}`, (signal) => fetchQueue(status, signal));

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <ReviewNav />
      <Paragraph>{m.intro}</Paragraph>
      {/* Keyed by the URL's status: the back button resets the select to what is shown. */}
      <StatusFilter key={status ?? ''} status={status ?? ''} />
      {queue.state.status === 'loading' && <Loading />}
      {queue.state.status === 'error' && <LoadError error={queue.state.error} onRetry={queue.reload} />}
      {queue.state.status === 'ready' &&
        (queue.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <QueueTable items={queue.state.data} status={status} />
        ))}
    </>
  );
}

/** A form with a button rather than a select that reloads on change (WCAG 3.2.2). */
function StatusFilter({ status }: { status: StatusChoice }) {
  const m = useMessages(reviewMessages).queue;
  const statusLabels = useMessages(vendorMessages).reviewStatus;
  const [, setSearchParams] = useSearchParams();
  const [choice, setChoice] = useState<StatusChoice>(status);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(choice ? { status: choice } : {});
  };

  return (
    <form className="ic-filters" onSubmit={submit}>
      <SelectField<StatusChoice>
        id="status-filter"
        label={m.filter}
        value={choice}
        onValueChange={setChoice}
        options={[
          { value: '', label: m.filterAll },
          ...REVIEW_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
        ]}
      />
      <Button type="submit">{m.filterSubmit}</Button>
    </form>
  );
}
