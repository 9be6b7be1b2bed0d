import { useLoaderData } from 'react-router';
import { formatLanguages } from '../../i18n/format.ts';
import { useLocale, useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ReviewerAppActions } from '../../review/components/reviewer-app-actions.tsx';
import { Heading } from '../../ui/heading.tsx';
import { ExternalLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { AccessibilityStatus } from '../components/accessibility-status.tsx';
import { AppIcon } from '../components/app-icon.tsx';
import { AppSection } from '../components/app-section.tsx';
import { CategoryBadges } from '../components/category-badges.tsx';
import { ClaimList } from '../components/claim-list.tsx';
import { CostText } from '../components/cost-text.tsx';
import { LocalNote } from '../components/local-note.tsx';
import { OfferedNotice } from '../components/offered-notice.tsx';
import { OpenAppPanel } from '../components/open-app-panel.tsx';
import { ScreenshotList } from '../components/screenshot-list.tsx';
import { SupportContact } from '../components/support-contact.tsx';
import { VettingResult } from '../components/vetting-result.tsx';
import type { appLoader } from '../loaders.ts';

export function AppPage() {
  const app = useLoaderData<typeof appLoader>();
  const t = useT();
  const { locale } = useLocale();
  const localized = useLocalized();
  usePageTitle(app.name);

  return (
    <article className="ic-app-page">
      <div className="ic-app-page__header">
        <AppIcon src={app.icon} name={app.name} size="large" />
        <div className="ic-app-page__intro">
          <Heading level={1}>{app.name}</Heading>
          <Paragraph lead>{localized(app.tagline)}</Paragraph>
          <Paragraph className="ic-meta">{t('app.madeBy', { vendor: app.vendor.name })}</Paragraph>
          <CategoryBadges categories={app.categories} label={t('app.categories')} />
        </div>
      </div>

      <div className="ic-app-page__launch">
        <OfferedNotice offeredBy={app.offeredBy} />
        <LocalNote slug={app.slug} offeredBy={app.offeredBy} />
        <OpenAppPanel app={app} />
        <ReviewerAppActions slug={app.slug} />
      </div>

      <AppSection title={t('app.aboutHeading')}>
        <div className="ic-prose ic-description">
          <Paragraph>{localized(app.description)}</Paragraph>
        </div>
        <Paragraph>
          <ExternalLink href={app.website}>{t('app.website', { name: app.name })}</ExternalLink>
        </Paragraph>
      </AppSection>

      {app.screenshots.length > 0 && (
        <AppSection title={t('app.screenshotsHeading')}>
          <ScreenshotList screenshots={app.screenshots} />
        </AppSection>
      )}

      <AppSection title={t('app.claimsHeading')}>
        <ClaimList claims={app.claims} />
      </AppSection>

      <AppSection title={t('app.vettingHeading')}>
        <VettingResult vetting={app.vetting} slug={app.slug} />
      </AppSection>

      <AppSection title={t('app.privacyHeading')}>
        <Paragraph>
          <ExternalLink href={app.privacyStatementUrl}>
            {t('app.privacyLink', { name: app.name })}
          </ExternalLink>
        </Paragraph>
      </AppSection>

      <AppSection title={t('app.accessibilityHeading')}>
        <AccessibilityStatus name={app.name} accessibility={app.accessibility} />
      </AppSection>

      <AppSection title={t('app.languagesHeading')}>
        <Paragraph>{t('app.languagesText', { languages: formatLanguages(app.languages, locale) })}</Paragraph>
      </AppSection>

      <AppSection title={t('app.costHeading')}>
        <Paragraph>
          <CostText cost={app.cost} withNote />
        </Paragraph>
      </AppSection>

      <AppSection title={t('app.supportHeading')}>
        <SupportContact support={app.support} />
      </AppSection>
    </article>
  );
}
