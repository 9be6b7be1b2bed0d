import type { MunicipalityCode } from '../../../../shared/schemas/common.ts';
import { Alert } from '../../ui/alert.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { useLaunchMessages } from '../use-launch-messages.ts';
import { useMunicipalityName } from '../use-municipality-name.ts';

/** Why a resident cannot open the app: their own municipality does not offer it. */
export function NotOfferedNotice({ municipality }: { municipality: MunicipalityCode }) {
  const m = useLaunchMessages().panel;
  const name = useMunicipalityName(municipality);
  return (
    <Alert type="warning">
      <Paragraph>{m.notOffered(name)}</Paragraph>
      <Paragraph>{m.notOfferedHelp}</Paragraph>
    </Alert>
  );
}
