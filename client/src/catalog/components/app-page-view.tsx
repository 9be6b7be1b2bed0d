import '../catalog-resident.css';
import type { ReactNode } from 'react';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { formatLanguages } from '../../i18n/format.ts';
import { useLocale, useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { Heading } from '../../ui/heading.tsx';
import { ExternalLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { AccessibilityStatus } from './accessibility-status.tsx';
import { AppIcon } from './app-icon.tsx';
import { AppSection } from './app-section.tsx';
import { CategoryBadges } from './category-badges.tsx';
import { ClaimList } from './claim-list.tsx';
import { CostText } from './cost-text.tsx';
import { ScreenshotList } from './screenshot-list.tsx';
import { SupportContact } from './support-contact.tsx';

/** What an app page shows of an app: the public AppDetail, or a vendor's draft for its preview. */
export type AppPageContent = Omit<AppDetail, 'vetting' | 'offeredBy'>;

export interface AppPageViewProps {
  app: AppPageContent;
  /** Under the name: e.g. "Aangeboden door gemeente Utrecht". */
  mark?: ReactNode;
  /** The launch area (open, request, local note); none in a preview. */
  launch?: ReactNode;
  /** The vetting result, or in a preview what happens before there is one. */
  vetting: ReactNode;
}

/**
 * An app's page, the one component behind both the public page and the vendor's preview of a
 * draft (issue 11), so the preview shows exactly what residents will see.
 */
export function AppPageView({ app, mark, launch, vetting }: AppPageViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const localized = useLocalized();

  return (
    <article className="ic-app-page">
      <div className="ic-app-page__header">
        <AppIcon src={app.icon} name={app.name} size="large" />
        <div className="ic-app-page__intro">
          <Heading level={1}>{app.name}</Heading>
          <Paragraph lead>{localized(app.tagline)}</Paragraph>
          <Paragraph className="ic-meta">{t('app.madeBy', { vendor: app.vendor.name })}</Paragraph>
          {mark}
          <CategoryBadges categories={app.categories} label={t('app.categories')} />
        </div>
      </div>

      {launch && <div className="ic-app-page__launch">{launch}</div>}

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

      <AppSection title={t('app.vettingHeading')}>{vetting}</AppSection>

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
