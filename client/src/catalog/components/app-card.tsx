import type { AppSummary } from '../../../../shared/schemas/catalog.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { AppIcon } from './app-icon.tsx';
import { CategoryBadges } from './category-badges.tsx';
import { CostText } from './cost-text.tsx';
import { OfferedMark } from './offered-mark.tsx';

/**
 * One app in a list of results. Rendered as a list item: the parent is a `<ul>`. `offeredIn`
 * names the signed-in resident's municipality when it offers the app (issue 11).
 */
export function AppCard({ app, offeredIn }: { app: AppSummary; offeredIn?: string | undefined }) {
  const t = useT();
  const localized = useLocalized();
  return (
    <li className="ic-app-card">
      <AppIcon src={app.icon} name={app.name} size="small" />
      <div className="ic-app-card__body">
        <Heading level={2} appearance={3} className="ic-app-card__name">
          <RouteLink to={`/apps/${app.slug}`}>{app.name}</RouteLink>
        </Heading>
        <Paragraph>{localized(app.tagline)}</Paragraph>
        <Paragraph className="ic-meta">{t('card.madeBy', { vendor: app.vendor.name })}</Paragraph>
        {offeredIn && <OfferedMark municipality={offeredIn} />}
        <CategoryBadges categories={app.categories} label={t('card.categories')} />
        <Paragraph className="ic-meta">
          {t('card.cost')}: <CostText cost={app.cost} />
        </Paragraph>
      </div>
    </li>
  );
}
