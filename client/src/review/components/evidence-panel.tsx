import type { Criterion } from '../../../../shared/schemas/criteria.ts';
import type { EvidenceItem } from '../../../../shared/schemas/evidence.ts';
import { evidenceWords } from '../../catalog/components/evidence-words.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { reReviewMessages } from '../re-review-messages.ts';

/** The evidence a version carries, beside the criteria it supports, with its document. */
export function EvidencePanel({ items, criteria }: { items: EvidenceItem[]; criteria: Criterion[] }) {
  const m = useMessages(reReviewMessages).evidence;
  const w = useMessages(evidenceWords);
  const { locale } = useLocale();
  const localized = useLocalized();
  const title = (id: string) => {
    const criterion = criteria.find((c) => c.id === id);
    return criterion ? localized(criterion.title) : id;
  };
  return (
    <section className="ic-section" aria-labelledby="bewijs-titel">
      <Heading level={2} id="bewijs-titel">
        {m.heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{m.none}</Paragraph>
      ) : (
        <Table caption={m.caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.criteria}</TableHeaderCell>
              <TableHeaderCell>{m.kind}</TableHeaderCell>
              <TableHeaderCell>{m.issuer}</TableHeaderCell>
              <TableHeaderCell>{m.issued}</TableHeaderCell>
              <TableHeaderCell>{m.validUntil}</TableHeaderCell>
              <TableHeaderCell>{m.status}</TableHeaderCell>
              <TableHeaderCell>{m.document}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>{item.criteria.map(title).join(', ')}</TableCell>
                <TableCell>{w.kind[item.kind]}</TableCell>
                <TableCell>{item.issuer}</TableCell>
                <TableCell>{formatDate(item.issuedOn, locale)}</TableCell>
                <TableCell>{formatDate(item.validUntil, locale)}</TableCell>
                <TableCell>
                  <StatusBadge
                    status={
                      item.status === 'expired'
                        ? 'danger'
                        : item.status === 'expiring'
                          ? 'warning'
                          : 'success'
                    }
                  >
                    {w.status[item.status]}
                  </StatusBadge>
                </TableCell>
                <TableCell>
                  {/* A download (Content-Disposition: attachment), never shown inside the platform. */}
                  <a
                    className="utrecht-link"
                    href={`/api/v1/evidence-documents/${encodeURIComponent(item.documentId)}`}
                    download
                  >
                    {m.download(w.kind[item.kind])}
                  </a>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
