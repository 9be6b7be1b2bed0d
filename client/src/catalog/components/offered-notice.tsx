import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useT } from '../../i18n/i18n-provider.tsx';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

/** Whether the resident's own municipality offers this app: only then can they open it. */
export function OfferedNotice({ offeredBy }: { offeredBy: AppDetail['offeredBy'] }) {
  const t = useT();
  const { code, current } = useMunicipality();
  if (!code) {
    return (
      <Alert type="info">
        <Paragraph>{t('app.offeredUnknown')}</Paragraph>
      </Alert>
    );
  }
  const offered = offeredBy.includes(code);
  const municipality = current?.name ?? code;
  return (
    <Alert type={offered ? 'ok' : 'warning'}>
      <Paragraph>{t(offered ? 'app.offeredYes' : 'app.offeredNo', { municipality })}</Paragraph>
    </Alert>
  );
}
