import { useT } from '../i18n/i18n-provider.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="utrecht-page-footer ic-footer">
      <div className="utrecht-page-footer__content ic-footer__content">
        <Paragraph>{t('footer.about')}</Paragraph>
        <nav aria-label={t('footer.linksLabel')}>
          <ul className="ic-footer__links">
            <li>
              <RouteLink to="/besluiten">{t('footer.register')}</RouteLink>
            </li>
            <li>
              <RouteLink to="/toegankelijkheid">{t('footer.accessibility')}</RouteLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
