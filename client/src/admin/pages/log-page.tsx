import { useMessages } from '../../identity/use-messages.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { AuditTrail } from '../../review/components/audit-trail.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { adminMessages } from '../messages.ts';
import { useAdminMunicipality } from '../use-admin-municipality.ts';

/** `/gemeente/logboek`: the municipality's audit events (offer / stop offering). */
export function LogPage() {
  const m = useMessages(adminMessages);
  const { code, all } = useAdminMunicipality();
  const { list } = useMunicipality();
  const name = list.status === 'ready' ? list.municipalities.find((x) => x.code === code)?.name : undefined;
  const title = name ? m.log.titleFor(name) : m.log.title;
  usePageTitle(title);
  return (
    <>
      <Paragraph>
        <RouteLink to={`/gemeente${all.length > 1 && code ? `?gemeente=${code}` : ''}`}>
          {m.log.back}
        </RouteLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {code ? (
        <>
          <Paragraph>{m.log.intro}</Paragraph>
          <AuditTrail subject={code} heading={m.log.heading} caption={m.log.caption} />
        </>
      ) : (
        <Paragraph>{m.noMunicipality}</Paragraph>
      )}
    </>
  );
}
