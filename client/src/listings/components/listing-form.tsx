import { type FormEvent, useState } from 'react';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/form/error-summary.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import type { DraftFormValues } from '../draft-form/form-values.ts';
import { useDraftForm } from '../draft-form/use-draft-form.ts';
import { formMessages } from '../form-messages.ts';
import { DraftAboutFields } from './draft-about-fields.tsx';
import { DraftClaimsFields } from './draft-claims-fields.tsx';
import { DraftImagesFields } from './draft-images-fields.tsx';
import { DraftLaunchFields } from './draft-launch-fields.tsx';
import { DraftStatementFields } from './draft-statement-fields.tsx';
import { DraftCostFields, DraftSupportFields } from './draft-support-fields.tsx';

interface ListingFormProps {
  initial: DraftFormValues;
  submitLabel: string;
  /** Sends the valid draft; a rejected ApiProblem 400 puts its field errors on the fields. */
  onSave: (draft: ListingDraft) => Promise<void>;
  /** A version is live: say once that changing claims or sign-in addresses needs a new review. */
  isLive?: boolean;
  /** The saved listing, whose draft images can be uploaded; none on the new-listing page. */
  listingId?: string;
}

/** Every field of ListingDraftSchema, checked live against that same schema. */
export function ListingForm({ initial, submitLabel, onSave, isLive = false, listingId }: ListingFormProps) {
  const m = useMessages(formMessages);
  const { api, summary, submit, applyServerErrors, setOtherErrors } = useDraftForm(initial, m.validation);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const draft = submit();
    setAttempt((n) => n + 1);
    if (!draft) return;
    setBusy(true);
    try {
      await onSave(draft);
    } catch (error) {
      if (isProblem(error, 400) && error.errors.length > 0) applyServerErrors(error.errors);
      else
        setOtherErrors([isProblem(error) && error.detail ? `${m.saveFailed} ${error.detail}` : m.saveFailed]);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form ic-listing-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary title={m.summaryTitle} errors={summary} focusKey={attempt} />
      {/* Once, and only when something is live: a new app is reviewed anyway (issue 11 item 13). */}
      {isLive && (
        <Alert type="info">
          <Paragraph>{m.reviewNote}</Paragraph>
        </Alert>
      )}
      <DraftAboutFields form={api} m={m} />
      <DraftClaimsFields form={api} m={m} isLive={isLive} />
      <DraftStatementFields form={api} m={m} />
      <DraftSupportFields form={api} m={m} />
      <DraftCostFields form={api} m={m} />
      <DraftImagesFields form={api} listingId={listingId} />
      <DraftLaunchFields form={api} m={m} isLive={isLive} />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" disabled={busy} aria-busy={busy || undefined}>
          {busy ? m.busy : submitLabel}
        </Button>
      </div>
    </form>
  );
}
