import type { MunicipalityCode } from '../../../../shared/schemas/common.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { adminMessages } from '../messages.ts';

/** Links to the other municipalities an admin manages; nothing for the usual one. */
export function MunicipalitySwitch({
  all,
  current,
}: {
  all: MunicipalityCode[];
  current: MunicipalityCode | null;
}) {
  const m = useMessages(adminMessages).offers;
  const { list } = useMunicipality();
  const others = all.filter((code) => code !== current);
  if (others.length === 0) return null;
  const name = (code: MunicipalityCode) =>
    (list.status === 'ready' ? list.municipalities.find((x) => x.code === code)?.name : undefined) ?? code;
  return (
    <Paragraph>
      {m.otherMunicipalities}{' '}
      {others.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <RouteLink to={`?gemeente=${code}`}>{name(code)}</RouteLink>
        </span>
      ))}
    </Paragraph>
  );
}
