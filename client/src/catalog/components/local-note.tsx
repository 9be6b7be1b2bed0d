import { useLocation } from 'react-router';
import type { LocalInfo } from '../../../../shared/schemas/offer-conditions.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { getTyped } from '../../lib/http.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { ExternalLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

const words = {
  nl: {
    note: (m: string) => `Bericht van ${m}`,
    contact: 'Vragen? Neem contact op met',
    referral: 'Bericht van je hulpverlener',
  },
  en: {
    note: (m: string) => `Message from ${m}`,
    contact: 'Questions? Contact',
    referral: 'Message from your care worker',
  },
};

/**
 * On an app's page: the municipality's own note and contact (issue 13 part 3), and the personal
 * note of a professional's referral when the resident came from one (part 4).
 */
export function LocalNote({ slug, offeredBy }: { slug: string; offeredBy: string[] }) {
  const { locale } = useLocale();
  const w = words[locale];
  const { code, current } = useMunicipality();
  const referralNote = (useLocation().state as { referralNote?: string } | null)?.referralNote;
  const offered = code !== null && offeredBy.includes(code);
  const info = useResource(`local-info:${code}:${slug}:${offered}`, (signal) =>
    offered
      ? getTyped<LocalInfo>(`/api/v1/municipalities/${code}/apps/${slug}/local-info`, signal)
      : Promise.resolve(null),
  );
  const local = info.state.status === 'ready' ? info.state.data : null;
  const note = local?.note ? (locale === 'en' && local.note.en ? local.note.en : local.note.nl) : null;
  return (
    <>
      {referralNote && (
        <Alert type="info" className="ic-referral-note">
          <Paragraph>
            <strong>{w.referral}:</strong> {referralNote}
          </Paragraph>
        </Alert>
      )}
      {(note || local?.contact) && (
        <Alert type="info" className="ic-local-note">
          {note && (
            <Paragraph>
              <strong>{w.note(current?.name ?? code ?? '')}:</strong> {note}
            </Paragraph>
          )}
          {local?.contact && (
            <Paragraph>
              {w.contact} {local.contact.name}
              {local.contact.email && (
                <>
                  {', '}
                  <ExternalLink href={`mailto:${local.contact.email}`}>{local.contact.email}</ExternalLink>
                </>
              )}
              {local.contact.phone && `, ${local.contact.phone}`}.
            </Paragraph>
          )}
        </Alert>
      )}
    </>
  );
}
