import type { VettingResult as Vetting } from '../../../../shared/schemas/catalog.ts';
import { useLocale, useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDate } from '../../lib/format-date.ts';
import { useResource } from '../../lib/use-resource.ts';
import { StatusBadge } from '../../ui/badge.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { fetchAppEvidence } from '../evidence-api.ts';
import { CriterionEvidence } from './criterion-evidence.tsx';
import { evidenceWords } from './evidence-words.ts';

/**
 * The public outcome of the once-for-all review: which version, when, and every criterion, with
 * the evidence behind it and until when it holds (issue 12).
 */
export function VettingResult({ vetting, slug }: { vetting: Vetting; slug?: string }) {
  const t = useT();
  const w = useMessages(evidenceWords);
  const evidence = useResource(`app-evidence:${slug ?? ''}`, (signal) =>
    slug ? fetchAppEvidence(slug, signal) : Promise.resolve([]),
  );
  const items = evidence.state.status === 'ready' ? evidence.state.data : [];
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
            {items.length > 0 && <TableHeaderCell>{w.column}</TableHeaderCell>}
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
              {items.length > 0 && (
                <TableCell>
                  <CriterionEvidence items={items.filter((e) => e.criterionId === criterion.id)} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
