import { type FormEvent, useState } from 'react';
import type { ReferralCreated } from '../../../../shared/schemas/referral.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { createReferral, fetchReferrals } from '../api.ts';
import { referralMessages } from '../messages.ts';

/** `/verwijzen`: a professional makes a referral link for a resident and sees which were opened. */
export function ReferPage() {
  const m = useMessages(referralMessages).refer;
  const { locale } = useLocale();
  usePageTitle(m.title);
  const { session } = useSession();
  const municipality = session?.roles.flatMap((r) => (r.role === 'professional' ? [r.municipality] : []))[0];
  const referrals = useResource('referrals', fetchReferrals);
  const [slug, setSlug] = useState('');
  const [note, setNote] = useState('');
  const [made, setMade] = useState<ReferralCreated | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!municipality || busy) return;
    setBusy(true);
    setNotice(null);
    try {
      setMade(await createReferral({ municipality, slug: slug.trim(), note: note.trim() }));
      setNotice({ type: 'ok', text: m.made });
      referrals.reload();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph>{m.intro}</Paragraph>
      <form className="utrecht-form" noValidate onSubmit={submit}>
        <TextField
          id="verwijzen-app"
          label={m.app}
          description={m.appHint}
          required
          value={slug}
          onValueChange={setSlug}
        />
        <TextField
          id="verwijzen-bericht"
          label={m.note}
          description={m.noteHint}
          rows={3}
          value={note}
          onValueChange={setNote}
        />
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {m.submit}
        </Button>
      </form>
      <NoticeRegion notice={notice} />
      {made && (
        <section className="ic-section" aria-labelledby="verwijzing-klaar">
          <Heading level={2} id="verwijzing-klaar">
            {made.app.name}
          </Heading>
          <TextField
            id="verwijzing-link"
            label={m.link}
            readOnly
            value={made.link}
            onValueChange={() => undefined}
          />
          <TextField
            id="verwijzing-tekst"
            label={m.message}
            readOnly
            rows={4}
            value={made.message}
            onValueChange={() => undefined}
          />
          <figure className="ic-qr">
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.qrSvg)}`}
              alt={m.qr}
              width={200}
              height={200}
            />
            <figcaption>{m.qr}</figcaption>
          </figure>
        </section>
      )}
      <Heading level={2}>{m.listTitle}</Heading>
      {referrals.state.status === 'loading' && <Loading />}
      {referrals.state.status === 'error' && (
        <LoadError error={referrals.state.error} onRetry={referrals.reload} />
      )}
      {referrals.state.status === 'ready' &&
        (referrals.state.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <Table caption={m.caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.colApp}</TableHeaderCell>
                <TableHeaderCell>{m.colMade}</TableHeaderCell>
                <TableHeaderCell>{m.colOpened}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {referrals.state.data.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{r.app.name}</TableCell>
                  <TableCell>{formatDateTime(r.createdAt, locale)}</TableCell>
                  <TableCell>{r.opened ? m.yes : m.no}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}
