import { useT } from '../i18n/i18n-provider.tsx';
import { ACCESSIBILITY_CONTACT_EMAIL, NATIONAL_OMBUDSMAN_URL } from '../lib/site-config.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { Heading } from '../ui/heading.tsx';
import { ExternalLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../ui/unordered-list.tsx';

/** The toegankelijkheidsverklaring that Dutch government websites must publish. */
export function AccessibilityStatementPage() {
  const t = useT();
  usePageTitle(t('a11y.title'));
  return (
    <article className="ic-prose">
      <Heading level={1}>{t('a11y.title')}</Heading>
      <Paragraph lead>{t('a11y.intro')}</Paragraph>

      <Heading level={2}>{t('a11y.standardHeading')}</Heading>
      <Paragraph>{t('a11y.standardText')}</Paragraph>

      <Heading level={2}>{t('a11y.doneHeading')}</Heading>
      <UnorderedList>
        <ListItem>{t('a11y.done1')}</ListItem>
        <ListItem>{t('a11y.done2')}</ListItem>
        <ListItem>{t('a11y.done3')}</ListItem>
        <ListItem>{t('a11y.done4')}</ListItem>
      </UnorderedList>

      <Heading level={2}>{t('a11y.statusHeading')}</Heading>
      <Paragraph>{t('a11y.statusText')}</Paragraph>
      <Paragraph>{t('a11y.appsText')}</Paragraph>

      <Heading level={2}>{t('a11y.reportHeading')}</Heading>
      <Paragraph>{t('a11y.reportText')}</Paragraph>
      <Paragraph>
        {t('app.supportEmail')}:{' '}
        <ExternalLink href={`mailto:${ACCESSIBILITY_CONTACT_EMAIL}`}>
          {ACCESSIBILITY_CONTACT_EMAIL}
        </ExternalLink>
      </Paragraph>
      <Paragraph>{t('a11y.ombudsmanText')}</Paragraph>
      <Paragraph>
        <ExternalLink href={NATIONAL_OMBUDSMAN_URL}>{t('a11y.ombudsmanLink')}</ExternalLink>
      </Paragraph>
    </article>
  );
}
