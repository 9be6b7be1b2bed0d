import { useState } from 'react';
import type { ReviewDetail } from '../../../../shared/schemas/review.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { claimReview } from '../api.ts';
import { reviewMessages } from '../messages.ts';

interface ClaimButtonProps {
  versionId: string;
  onClaimed: (detail: ReviewDetail) => void;
  onConflict: () => void;
}

/** "Oppakken": makes the signed-in reviewer one of the version's reviewers. */
export function ClaimButton({ versionId, onClaimed, onConflict }: ClaimButtonProps) {
  const m = useMessages(reviewMessages).detail;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const claim = async () => {
    setBusy(true);
    setFailed(false);
    try {
      onClaimed(await claimReview(versionId));
    } catch (error) {
      if (isProblem(error, 409)) onConflict();
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph id="oppakken-uitleg">{m.claimHint}</Paragraph>
      <Button
        appearance="primary-action"
        onClick={() => void claim()}
        disabled={busy}
        aria-describedby="oppakken-uitleg"
      >
        {m.claim}
      </Button>
      {failed && (
        <div role="alert">
          <Alert type="error">
            <Paragraph>{m.claimFailed}</Paragraph>
          </Alert>
        </div>
      )}
    </>
  );
}
