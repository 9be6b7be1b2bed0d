import type { VettingResult as Vetting } from '../../../../shared/schemas/catalog.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLocale, useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { StatusBadge } from '../../ui/badge.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';

/** The public outcome of the once-for-all review: which version, when, and every criterion. */
export function VettingResult({ vetting }: { vetting: Vetting }) {
  const t = useT();
  const { locale } = useLocale();
  const localized = useLocalized();
  return (
    <>
      <Paragraph>
        {t('app.vettingSummary', { version: vetting.version, date: formatDate(vetting.approvedAt, locale) })}
      </Paragraph>
      <Table caption={t('app.vettingCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('app.vettingCriterion')}</TableHeaderCell>
            <TableHeaderCell>{t('app.vettingGroup')}</TableHeaderCell>
            <TableHeaderCell>{t('app.vettingOutcome')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {vetting.criteria.map((criterion) => (
            <TableRow key={criterion.id}>
              <TableCell>{localized(criterion.title)}</TableCell>
              <TableCell>{t(`group.${criterion.group}`)}</TableCell>
              <TableCell>
                <StatusBadge status={criterion.outcome === 'pass' ? 'success' : 'neutral'}>
                  {t(`outcome.${criterion.outcome}`)}
                </StatusBadge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
