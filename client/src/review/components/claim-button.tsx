import { useState } from 'react';
import type { ReviewDetail } from '../../../../shared/schemas/review.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { claimReview } from '../api.ts';
import { reviewMessages } from '../messages.ts';
import { explainRefusal } from '../refusal.ts';

interface ClaimButtonProps {
  versionId: string;
  onClaimed: (detail: ReviewDetail) => void;
  onConflict: (text: string) => void;
}

/** "Oppakken": makes the signed-in reviewer one of the version's reviewers. */
export function ClaimButton({ versionId, onClaimed, onConflict }: ClaimButtonProps) {
  const messages = useMessages(reviewMessages);
  const m = messages.detail;
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const claim = async () => {
    setBusy(true);
    setFailed(null);
    try {
      onClaimed(await claimReview(versionId));
    } catch (error) {
      const refusal = explainRefusal(error, messages.refusals, locale);
      if (refusal?.reload) onConflict(refusal.text);
      else setFailed(refusal ? refusal.text : m.claimFailed);
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
            <Paragraph>{failed}</Paragraph>
          </Alert>
        </div>
      )}
    </>
  );
}
