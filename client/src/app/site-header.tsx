import { NavLink } from 'react-router';
import { useT } from '../i18n/i18n-provider.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { MunicipalityChooser } from '../municipalities/municipality-chooser.tsx';
import { RouteLink } from '../ui/link.tsx';

const NAV_LINK_CLASS = 'utrecht-link utrecht-link--html-a ic-nav__link';

export function SiteHeader() {
  const t = useT();
  return (
    <header className="utrecht-page-header ic-header">
      <div className="utrecht-page-header__content ic-header__content">
        <RouteLink to="/" className="ic-logo" aria-label={t('site.homeLink')}>
          <span className="ic-logo__mark" aria-hidden="true" />
          {t('site.name')}
        </RouteLink>
        <nav className="ic-nav" aria-label={t('nav.label')}>
          <ul className="ic-nav__list">
            <li>
              <NavLink to="/" end className={NAV_LINK_CLASS}>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/apps" className={NAV_LINK_CLASS}>
                {t('nav.apps')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="ic-header__tools">
          <LanguageSwitch />
          <MunicipalityChooser />
        </div>
      </div>
    </header>
  );
}
