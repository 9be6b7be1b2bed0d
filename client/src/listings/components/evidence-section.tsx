import { type FormEvent, useRef, useState } from 'react';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../../shared/schemas/evidence.ts';
import { evidenceWords } from '../../catalog/components/evidence-words.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { formatDate } from '../../lib/format-date.ts';
import { useResource } from '../../lib/use-resource.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form/select-field.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { addEvidence, fetchEvidence, removeEvidence, uploadEvidenceDocument } from '../evidence-api.ts';

const messages = {
  nl: {
    heading: 'Bewijs',
    intro:
      'Voeg bewijs toe, zoals een pentest of een ISO 27001-certificaat, als pdf van hoogstens 5 MB. Alleen beoordelaars en gemeenten kunnen het document lezen. Het bewijs gaat mee met de volgende versie die je indient.',
    caption: 'Bewijs bij de volgende versie',
    kind: 'Soort bewijs',
    issuer: 'Uitgegeven door',
    issuedOn: 'Datum',
    validUntil: 'Geldig tot',
    status: 'Status',
    action: 'Actie',
    file: 'Document (pdf)',
    add: 'Bewijs toevoegen',
    added: 'Het bewijs is toegevoegd.',
    remove: (kind: string) => `${kind} verwijderen`,
    removed: 'Het bewijs is verwijderd.',
    none: 'Je hebt nog geen bewijs toegevoegd.',
    noFile: 'Kies een pdf-bestand.',
    failed: 'Toevoegen is niet gelukt.',
  },
  en: {
    heading: 'Evidence',
    intro:
      'Add evidence, such as a penetration test or an ISO 27001 certificate, as a PDF of at most 5 MB. Only reviewers and municipalities can read the document. The evidence goes with the next version you submit.',
    caption: 'Evidence with the next version',
    kind: 'Kind of evidence',
    issuer: 'Issued by',
    issuedOn: 'Date',
    validUntil: 'Valid until',
    status: 'Status',
    action: 'Action',
    file: 'Document (PDF)',
    add: 'Add evidence',
    added: 'The evidence has been added.',
    remove: (kind: string) => `Remove ${kind}`,
    removed: 'The evidence has been removed.',
    none: 'You have not added any evidence yet.',
    noFile: 'Choose a PDF file.',
    failed: 'Adding did not work.',
  },
};

/** The vendor's evidence for the next submission: a list and a form to add a PDF (issue 12). */
export function EvidenceSection({ listingId }: { listingId: string }) {
  const m = useMessages(messages);
  const w = useMessages(evidenceWords);
  const { locale } = useLocale();
  const list = useResource(`evidence:${listingId}`, (signal) => fetchEvidence(listingId, signal));
  const [kind, setKind] = useState<EvidenceKind>('pentest');
  const [issuer, setIssuer] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  // The form opens on request: a listing page stays short for the usual visit.
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setNotice({ type: 'error', text: m.noFile });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const documentId = await uploadEvidenceDocument(listingId, file);
      await addEvidence(listingId, { kind, issuer: issuer.trim(), issuedOn, validUntil, documentId });
      setNotice({ type: 'ok', text: m.added });
      setIssuer('');
      if (fileRef.current) fileRef.current.value = '';
      list.reload();
    } catch (error) {
      const detail = isProblem(error)
        ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') || error.detail
        : undefined;
      setNotice({ type: 'error', text: detail ? `${m.failed} ${detail}` : m.failed });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    try {
      await removeEvidence(listingId, id);
      setNotice({ type: 'ok', text: m.removed });
      list.reload();
    } catch {
      setNotice({ type: 'error', text: m.failed });
    }
  };

  return (
    <section className="ic-section" aria-labelledby="bewijs-aanbieder-titel">
      <Heading level={2} id="bewijs-aanbieder-titel">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      {list.state.status === 'loading' && <Loading />}
      {list.state.status === 'error' && <LoadError error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'ready' &&
        (list.state.data.length === 0 ? (
          <Paragraph>{m.none}</Paragraph>
        ) : (
          <Table caption={m.caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.kind}</TableHeaderCell>
                <TableHeaderCell>{m.issuer}</TableHeaderCell>
                <TableHeaderCell>{m.validUntil}</TableHeaderCell>
                <TableHeaderCell>{m.status}</TableHeaderCell>
                <TableHeaderCell>{m.action}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.state.data.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>{w.kind[item.kind]}</TableCell>
                  <TableCell>{item.issuer}</TableCell>
                  <TableCell>{formatDate(item.validUntil, locale)}</TableCell>
                  <TableCell>
                    <StatusBadge
                      status={
                        item.status === 'valid'
                          ? 'success'
                          : item.status === 'expiring'
                            ? 'warning'
                            : 'danger'
                      }
                    >
                      {w.status[item.status]}
                    </StatusBadge>
                  </TableCell>
                  <TableCell>
                    <Button appearance="subtle" onClick={() => void remove(item.id)}>
                      {m.remove(w.kind[item.kind])}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
      {!adding && (
        <Button appearance="secondary-action" onClick={() => setAdding(true)}>
          {m.add}
        </Button>
      )}
      {adding && (
        <form className="utrecht-form" noValidate onSubmit={submit}>
          <SelectField
            id="bewijs-soort"
            label={m.kind}
            value={kind}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: w.kind[k] }))}
            onValueChange={setKind}
          />
          <TextField
            id="bewijs-uitgever"
            label={m.issuer}
            required
            value={issuer}
            onValueChange={setIssuer}
          />
          <TextField
            id="bewijs-datum"
            label={m.issuedOn}
            required
            type="date"
            value={issuedOn}
            onValueChange={setIssuedOn}
          />
          <TextField
            id="bewijs-geldig-tot"
            label={m.validUntil}
            required
            type="date"
            value={validUntil}
            onValueChange={setValidUntil}
          />
          <div className="utrecht-form-field">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="bewijs-bestand">
                {m.file}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <input id="bewijs-bestand" ref={fileRef} type="file" accept="application/pdf,.pdf" required />
            </div>
          </div>
          <NoticeRegion notice={notice} />
          <Button type="submit" appearance="primary-action" disabled={busy}>
            {m.add}
          </Button>
        </form>
      )}
      {!adding && <NoticeRegion notice={notice} />}
    </section>
  );
}
