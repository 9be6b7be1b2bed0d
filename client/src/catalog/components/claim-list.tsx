import { CLAIMS } from '../../../../shared/claims.ts';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { StatusBadge } from '../../ui/badge.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

/**
 * What the app receives about the resident when it opens: for each claim what it reveals (from
 * the shared claim catalogue, so every app explains it the same way) and the vendor's reason.
 */
export function ClaimList({ claims }: { claims: AppDetail['claims'] }) {
  const t = useT();
  const localized = useLocalized();
  if (claims.length === 0) return <Paragraph>{t('app.claimsNone')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('app.claimsIntro')}</Paragraph>
      <ul className="ic-claims">
        {claims.map((request) => {
          const definition = CLAIMS[request.claim];
          return (
            <li key={request.claim} className="ic-claim">
              <div className="ic-claim__title">
                <Heading level={3} appearance={4}>
                  {localized(definition.label)}
                </Heading>
                <StatusBadge status={request.required ? 'neutral' : 'safe'}>
                  {request.required ? t('app.claimRequired') : t('app.claimOptional')}
                </StatusBadge>
              </div>
              <Paragraph>{localized(definition.reveals)}</Paragraph>
              <Paragraph>{t('app.claimReason', { reason: localized(request.reason) })}</Paragraph>
              <Paragraph className="ic-meta">
                {request.required ? t('app.claimRequiredText') : t('app.claimOptionalText')}
              </Paragraph>
            </li>
          );
        })}
      </ul>
    </>
  );
}
