import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useT } from '../../i18n/i18n-provider.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { residentMunicipality } from '../../launch/resident.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

/**
 * Whether the resident's own municipality offers this app: only then can they open it. A
 * signed-in resident's municipality is the one a launch is checked against, so it wins over the
 * chooser; saying "Amsterdam offers it" above "Utrecht does not" contradicted itself (issue 11
 * item 11). When it does not offer the app, the open-app panel says so, once; when it does, the
 * mark under the app's name says so.
 */
export function OfferedNotice({ offeredBy }: { offeredBy: AppDetail['offeredBy'] }) {
  const t = useT();
  const { code: chosen, current, list } = useMunicipality();
  const resident = residentMunicipality(useSession().session?.roles ?? []);
  const code = resident ?? chosen;
  if (!code) {
    return (
      <Alert type="info">
        <Paragraph>{t('app.offeredUnknown')}</Paragraph>
      </Alert>
    );
  }
  const offered = offeredBy.includes(code);
  // A resident sees "Aangeboden door gemeente …" under the app's name, or why they cannot open
  // it in the open-app panel: a notice here would say it twice.
  if (resident) return null;
  const known = list.status === 'ready' ? list.municipalities.find((m) => m.code === code) : undefined;
  const municipality = known?.name ?? (code === chosen ? current?.name : undefined) ?? code;
  return (
    <Alert type={offered ? 'ok' : 'warning'}>
      <Paragraph>{t(offered ? 'app.offeredYes' : 'app.offeredNo', { municipality })}</Paragraph>
    </Alert>
  );
}
