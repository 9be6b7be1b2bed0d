import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useT } from '../../i18n/i18n-provider.tsx';
import { ExternalLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

/** The status from the app's accessibility statement (A to E, as in the national register), explained. */
export function AccessibilityStatus({
  name,
  accessibility,
}: {
  name: string;
  accessibility: AppDetail['accessibility'];
}) {
  const t = useT();
  const { status } = accessibility;
  return (
    <>
      <Paragraph>
        <strong>{t('app.accessibilityStatus', { status, label: t(`a11yStatus.${status}.label`) })}</strong>
      </Paragraph>
      <Paragraph>{t(`a11yStatus.${status}.text`)}</Paragraph>
      <Paragraph>
        <ExternalLink href={accessibility.statementUrl}>{t('app.accessibilityLink', { name })}</ExternalLink>
      </Paragraph>
    </>
  );
}
